package dev.weather.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * Performs a request once and, when its controller answered with a future, dispatches its result as
 * Spring does.
 */
final class AsyncMvc {

  private AsyncMvc() {}

  static ResultActions perform(MockMvc mvc, RequestBuilder request) throws Exception {
    MvcResult result = mvc.perform(request).andReturn();
    if (result.getRequest().isAsyncStarted()) {
      result.getAsyncResult(10_000);
      return mvc.perform(asyncDispatch(result));
    }
    return new ResultActions() {
      @Override
      public ResultActions andExpect(ResultMatcher matcher) throws Exception {
        matcher.match(result);
        return this;
      }

      @Override
      public ResultActions andDo(ResultHandler handler) throws Exception {
        handler.handle(result);
        return this;
      }

      @Override
      public MvcResult andReturn() {
        return result;
      }
    };
  }
}
