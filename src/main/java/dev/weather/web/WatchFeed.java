package dev.weather.web;

import dev.weather.watch.WatchLog;
import dev.weather.watch.WatchView;
import java.io.StringWriter;
import java.time.Instant;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A watch's messages as an Atom feed (RFC 4287), written with the JDK's XML writer, which escapes
 * every text. Its links are relative to the feed's own address: the app never writes a host a
 * client named.
 */
final class WatchFeed {

  static final String ATOM = "application/atom+xml;charset=UTF-8";

  private static final String NS = "http://www.w3.org/2005/Atom";

  private WatchFeed() {}

  static String of(WatchView view, String address) {
    WatchLog log = view.log();
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(NS);
      text(xml, "id", "urn:durable-weather:watch:" + view.publicId());
      text(
          xml,
          "title",
          log.plan() == null ? "Alerts for " + log.place() : log.place() + ": " + log.plan());
      Instant updated = log.entries().isEmpty() ? log.since() : log.entries().get(0).notice().at();
      text(xml, "updated", updated.toString());
      link(xml, "self", address + "/feed");
      link(xml, "alternate", address);
      xml.writeStartElement("author");
      text(xml, "name", "durable-weather, from the National Weather Service");
      xml.writeEndElement();
      for (WatchLog.Entry entry : log.entries()) {
        xml.writeStartElement("entry");
        text(xml, "id", "urn:durable-weather:message:" + entry.notice().key());
        text(xml, "title", entry.notice().title());
        text(xml, "updated", entry.notice().at().toString());
        link(xml, "alternate", address);
        text(xml, "summary", entry.notice().text());
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("a feed in memory cannot fail to be written", e);
    }
    return out.toString();
  }

  private static void text(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", href);
  }
}
