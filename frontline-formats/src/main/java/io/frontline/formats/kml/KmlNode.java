package io.frontline.formats.kml;

import io.frontline.formats.FindingCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small element tree of one placemark, read from the stream so that a bad geometry can be reported without losing
 * the parser's place. Names are local names: the KML namespace (or none, or gx:) is not checked.
 */
record KmlNode(String name, Map<String, String> attributes, String text, List<KmlNode> children) {

  /** Deeper nesting inside a placemark is refused rather than risking the stack. */
  static final int MAX_DEPTH = 64;

  /** Reads the element the reader is on (a START_ELEMENT) up to its end. */
  static KmlNode read(XMLStreamReader xml) throws XMLStreamException {
    return read(xml, 0);
  }

  private static KmlNode read(XMLStreamReader xml, int depth) throws XMLStreamException {
    if (depth > MAX_DEPTH) {
      throw FindingCode.KML_INVALID.exception(
          location(xml), "elements nested more than " + MAX_DEPTH + " deep");
    }
    String name = xml.getLocalName();
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
    }
    StringBuilder text = new StringBuilder();
    List<KmlNode> children = new ArrayList<>();
    while (true) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> children.add(read(xml, depth + 1));
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
          text.append(xml.getText());
        case XMLStreamConstants.END_ELEMENT -> {
          return new KmlNode(name, attributes, text.toString().strip(), children);
        }
        default -> KmlReader.refuseEntities(event);
      }
    }
  }

  private static String location(XMLStreamReader xml) {
    return "line " + xml.getLocation().getLineNumber() + ", column "
        + xml.getLocation().getColumnNumber();
  }

  Optional<KmlNode> child(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).findFirst();
  }

  List<KmlNode> all(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).toList();
  }

  String childText(String childName) {
    return child(childName).map(KmlNode::text).orElse("");
  }
}
