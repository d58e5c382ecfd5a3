package dev.weather.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The place /weather shows when asked for none: Seattle, as in Temporal's tutorial. */
@Validated
@ConfigurationProperties("weather.default-location")
public record DefaultLocation(
    @DecimalMin("-90") @DecimalMax("90") @DefaultValue("47.6062") double latitude,
    @DecimalMin("-180") @DecimalMax("180") @DefaultValue("-122.3321") double longitude) {}
