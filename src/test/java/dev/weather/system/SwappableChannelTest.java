package dev.weather.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Every call goes to the current server's channel, and after a swap to the next one's. */
class SwappableChannelTest {

  private final ManagedChannel first = mock(ManagedChannel.class);
  private final ManagedChannel next = mock(ManagedChannel.class);
  private final SwappableChannel channel = new SwappableChannel(first);

  @Test
  @SuppressWarnings("unchecked")
  void sendsEachCallToTheCurrentChannel() {
    MethodDescriptor<String, String> method = mock(MethodDescriptor.class);
    ClientCall<String, String> call = mock(ClientCall.class);
    when(next.newCall(method, CallOptions.DEFAULT)).thenReturn(call);
    when(next.authority()).thenReturn("next:7233");

    assertThat(channel.swap(next)).isSameAs(first);
    assertThat(channel.newCall(method, CallOptions.DEFAULT)).isSameAs(call);
    assertThat(channel.authority()).isEqualTo("next:7233");
    verify(first, never()).newCall(method, CallOptions.DEFAULT);
  }

  @Test
  void tellsAndChangesTheCurrentChannelsState() throws InterruptedException {
    when(first.isShutdown()).thenReturn(true);
    when(first.isTerminated()).thenReturn(true);
    when(first.awaitTermination(5, TimeUnit.SECONDS)).thenReturn(true);

    assertThat(channel.isShutdown()).isTrue();
    assertThat(channel.isTerminated()).isTrue();
    assertThat(channel.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    assertThat(channel.shutdown()).isSameAs(channel);
    assertThat(channel.shutdownNow()).isSameAs(channel);
    verify(first).shutdown();
    verify(first).shutdownNow();

    channel.swap(next);
    assertThat(channel.isShutdown()).isFalse();
    assertThat(channel.isTerminated()).isFalse();
    assertThat(channel.awaitTermination(5, TimeUnit.SECONDS)).isFalse();
  }
}
