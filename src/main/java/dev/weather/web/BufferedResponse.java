package dev.weather.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.util.FastByteArrayOutputStream;

/**
 * A response whose body is kept in memory, whole, for {@link NonBlockingWrites} to send when the
 * app is done with it. Nothing reaches the client before: a flush is kept too. An error or a
 * redirect goes out as the container sends it, and then nothing is kept.
 */
final class BufferedResponse extends HttpServletResponseWrapper {

  private final FastByteArrayOutputStream body = new FastByteArrayOutputStream(8 * 1024);
  private final ServletOutputStream stream =
      new ServletOutputStream() {
        @Override
        public void write(int b) throws IOException {
          body.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
          body.write(bytes, offset, length);
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          throw new IllegalStateException("the body is sent whole, once the app is done with it");
        }
      };
  private PrintWriter writer;
  private boolean passedOn;

  BufferedResponse(HttpServletResponse response) {
    super(response);
  }

  @Override
  public ServletOutputStream getOutputStream() {
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (writer == null) {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      writer = new PrintWriter(new OutputStreamWriter(stream, charset));
    }
    return writer;
  }

  /** Sent with the body: Tomcat compresses a body whose length it knows, and counts it. */
  @Override
  public void setContentLength(int length) {}

  @Override
  public void setContentLengthLong(long length) {}

  @Override
  public void flushBuffer() {
    if (writer != null) {
      writer.flush();
    }
  }

  @Override
  public boolean isCommitted() {
    return passedOn || super.isCommitted();
  }

  @Override
  public void resetBuffer() {
    flushBuffer();
    body.reset();
  }

  @Override
  public void reset() {
    resetBuffer();
    super.reset();
  }

  @Override
  public void sendError(int status, String message) throws IOException {
    resetBuffer();
    passedOn = true;
    super.sendError(status, message);
  }

  @Override
  public void sendError(int status) throws IOException {
    resetBuffer();
    passedOn = true;
    super.sendError(status);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    resetBuffer();
    passedOn = true;
    super.sendRedirect(location);
  }

  /** Whether the container took over (an error, a redirect): nothing to send. */
  boolean passedOn() {
    return passedOn;
  }

  /** What the app wrote, whole. */
  byte[] body() {
    flushBuffer();
    return body.toByteArrayUnsafe();
  }
}
