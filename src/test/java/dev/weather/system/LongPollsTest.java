package dev.weather.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.grpc.ClientCall;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.temporal.api.workflowservice.v1.PollActivityTaskQueueRequest;
import io.temporal.api.workflowservice.v1.PollActivityTaskQueueResponse;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A failing poll is logged once, in one line, until a poll succeeds again; a poll ended by a swap
 * or by its worker stopping is not logged. Either way the worker hears what the server said.
 */
@ExtendWith(OutputCaptureExtension.class)
class LongPollsTest {

  private static final PollActivityTaskQueueResponse TASK =
      PollActivityTaskQueueResponse.newBuilder().setActivityId("forecast").build();
  private static final String FAIL = "Temporal workers' polls on the embedded server fail";

  private final LongPolls polls = new LongPolls();
  private final ManagedChannel server = mock(ManagedChannel.class);

  @Test
  void knowsTheWorkersPollsFromOtherCalls() {
    assertThat(LongPolls.isPoll(WorkflowServiceGrpc.getPollWorkflowTaskQueueMethod())).isTrue();
    assertThat(LongPolls.isPoll(WorkflowServiceGrpc.getPollActivityTaskQueueMethod())).isTrue();
    assertThat(LongPolls.isPoll(WorkflowServiceGrpc.getPollNexusTaskQueueMethod())).isTrue();
    assertThat(LongPolls.isPoll(WorkflowServiceGrpc.getStartWorkflowExecutionMethod())).isFalse();
    assertThat(LongPolls.isPoll(WorkflowServiceGrpc.getGetWorkflowExecutionHistoryMethod()))
        .isFalse();
  }

  @Test
  void saysOnceThatPollsFailUntilOneSucceeds(CapturedOutput output) {
    Status deadline = Status.DEADLINE_EXCEEDED.withDescription("deadline exceeded after 4.99s");
    Status gone = Status.UNAVAILABLE.withDescription("server gone");

    assertThat(end(deadline, null).status).isSameAs(deadline);
    assertThat(end(gone, null).status).isSameAs(gone);
    assertThat(lines(output, FAIL))
        .containsExactly(
            FAIL
                + ": DEADLINE_EXCEEDED deadline exceeded after 4.99s; they back off, up to a minute between tries,"
                + " until one succeeds");
    assertThat(output.getOut()).contains(" WARN ").doesNotContain("\tat ");

    Ended task = end(Status.OK, TASK);
    assertThat(task.messages).containsExactly(TASK);
    assertThat(task.status.isOk()).isTrue();
    assertThat(lines(output, "succeed again")).hasSize(1);
    end(Status.OK, TASK);
    assertThat(lines(output, "succeed again")).hasSize(1);

    end(gone, null);
    assertThat(lines(output, FAIL)).hasSize(2);
  }

  @Test
  void saysNothingWhenASwapEndsThePoll(CapturedOutput output) {
    when(server.isShutdown()).thenReturn(true);
    Status shutDown = Status.UNAVAILABLE.withDescription("Channel shutdownNow invoked");

    assertThat(end(shutDown, null).status).isSameAs(shutDown);
    assertThat(output.getOut()).doesNotContain("LongPolls");
  }

  @Test
  void saysNothingWhenAWorkerStopsPolling(CapturedOutput output) {
    assertThat(end(Status.CANCELLED, null).status.getCode()).isEqualTo(Status.Code.CANCELLED);
    end(Status.OK, TASK);
    assertThat(output.getOut()).doesNotContain("LongPolls");
  }

  /**
   * A poll watched by LongPolls whose server sends {@code message} (if any), then closes with
   * {@code status}.
   */
  private Ended end(Status status, PollActivityTaskQueueResponse message) {
    ServerEnd call = new ServerEnd();
    Ended ended = new Ended();
    polls.watch(call, server).start(ended, new Metadata());
    if (message != null) {
      call.listener.onMessage(message);
    }
    call.listener.onClose(status, new Metadata());
    return ended;
  }

  private static List<String> lines(CapturedOutput output, String text) {
    return output
        .getOut()
        .lines()
        .filter(line -> line.contains(text))
        .map(line -> line.substring(line.indexOf("Temporal workers'")))
        .toList();
  }

  /** The server's end of a call: the listener the call is started with. */
  private static final class ServerEnd
      extends ClientCall<PollActivityTaskQueueRequest, PollActivityTaskQueueResponse> {
    Listener<PollActivityTaskQueueResponse> listener;

    @Override
    public void start(Listener<PollActivityTaskQueueResponse> listener, Metadata headers) {
      this.listener = listener;
    }

    @Override
    public void request(int count) {}

    @Override
    public void cancel(String message, Throwable cause) {}

    @Override
    public void halfClose() {}

    @Override
    public void sendMessage(PollActivityTaskQueueRequest message) {}
  }

  /** What the worker's end of a call hears. */
  private static final class Ended extends ClientCall.Listener<PollActivityTaskQueueResponse> {
    final List<PollActivityTaskQueueResponse> messages = new ArrayList<>();
    Status status;

    @Override
    public void onMessage(PollActivityTaskQueueResponse message) {
      messages.add(message);
    }

    @Override
    public void onClose(Status status, Metadata trailers) {
      this.status = status;
    }
  }
}
