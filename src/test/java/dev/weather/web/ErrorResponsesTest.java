package dev.weather.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.weather.report.CacheProperties;
import io.temporal.spring.boot.autoconfigure.properties.TemporalProperties;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The error page's address: the app's page for browsers, problem+json for any other client,
 * whatever it accepts.
 */
@WebMvcTest(ErrorResponses.class)
@Import({RunLinks.class, Explanations.class})
@EnableConfigurationProperties({
  CacheProperties.class,
  DemoCoverage.class,
  TemporalProperties.class
})
class ErrorResponsesTest {

  @Autowired private MockMvc mvc;

  /**
   * For the advice that names the pages' recent places, in every web slice; the error page lists
   * none here.
   */
  @MockitoBean private PlaceLookup places;

  @ParameterizedTest(name = "Accept: {0}")
  @ValueSource(strings = {"text/html", "application/xhtml+xml", "text/html;q=0.9, */*;q=0.8"})
  void givesABrowserTheAppsErrorPage(String accept) throws Exception {
    mvc.perform(
            get("/error")
                .header("Accept", accept)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 405))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(view().name(Failure.ERROR_VIEW))
        .andExpect(content().string(containsString("That request is not valid")));
  }

  @ParameterizedTest(name = "Accept: {0}")
  @ValueSource(strings = {"application/json", "*/*", "text/html;q=0", "image/png", "not a type"})
  void givesAnyOtherClientProblemJsonForTheAddressItAskedFor(String accept) throws Exception {
    mvc.perform(
            get("/error")
                .header("Accept", accept)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 405)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/weather%3F"))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("That request is not valid"))
        .andExpect(jsonPath("$.status").value(405))
        .andExpect(jsonPath("$.instance").value("/weather%3F"));
  }

  @Test
  void treatsTheErrorAddressAskedForDirectlyAsNoPage() throws Exception {
    mvc.perform(get("/error"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("There is no page here"))
        .andExpect(jsonPath("$.instance").value("/error"));
  }

  @Test
  void namesItsOwnAddressWhenTheOneAskedForIsNoUri() throws Exception {
    mvc.perform(
            get("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/a b"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.instance").value("/error"));
  }
}
