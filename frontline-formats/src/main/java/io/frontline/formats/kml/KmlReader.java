package io.frontline.formats.kml;

import io.frontline.formats.Feature;
import io.frontline.formats.FeatureSet;
import io.frontline.formats.FindingCode;
import io.frontline.formats.FormatException;
import io.frontline.formats.TextEncoding;
import io.frontline.observations.Finding;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads the placemarks of a KML document, or of the KML inside a KMZ, as features numbered from 1 ("placemark 2").
 * A placemark's properties are its {@code name}, its {@code description}, then its ExtendedData ({@code <Data
 * name="actor"><value>..</value></Data>} and {@code SchemaData/SimpleData}), which win over name and description.
 *
 * <p>Safety: the StAX parser has DTDs and external entities switched off, and a document with a DOCTYPE or an entity
 * reference is refused outright ({@code kml-doctype-refused}), so neither XXE nor "billion laughs" can work. KMZ
 * archives are read under {@link KmzLimits}.
 */
public final class KmlReader {
  private static final Pattern PARSE_ERROR_PREFIX =
      Pattern.compile("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*");

  private KmlReader() {}

  /** The placemarks of a KML document; a placemark whose geometry cannot be read keeps a null geometry. */
  public static FeatureSet read(InputStream in) throws IOException {
    try {
      return read(factory().createXMLStreamReader(in));
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /** As {@link #read(InputStream)}, from text already decoded (the prolog's encoding is then ignored). */
  public static FeatureSet read(Reader in) throws IOException {
    try {
      return read(factory().createXMLStreamReader(in));
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /**
   * The placemarks of a KML document opened by {@code opener} (opened more than once): decoded in {@code given}
   * when the user named an encoding, else in the encoding the XML prolog declares, else as UTF-8; every byte must be
   * valid in it ({@link TextEncoding#check}).
   */
  public static FeatureSet read(Opener opener, Optional<Charset> given) throws IOException {
    byte[] head;
    try (InputStream in = opener.open()) {
      head = in.readNBytes(KmlProlog.HEAD_BYTES);
    }
    Charset charset = given.isPresent()
        ? given.get()
        : KmlProlog.declaredEncoding(head).orElse(StandardCharsets.UTF_8);
    try (InputStream in = opener.open()) {
      TextEncoding.check(in, charset);
    }
    try (InputStream in = opener.open()) {
      return given.isPresent() ? read(TextEncoding.reader(in, charset)) : read(in);
    }
  }

  /** Opens the bytes of a KML document, again for every pass. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  private static FeatureSet read(XMLStreamReader xml) throws XMLStreamException {
    try {
      return placemarks(xml);
    } finally {
      xml.close();
    }
  }

  /** A parse failure as the exception to throw: an I/O problem, a refusal, or malformed XML. */
  private static IOException failure(XMLStreamException e) {
    Optional<IOException> io =
        cause(e, IOException.class).filter(x -> !(x instanceof CharConversionException));
    if (io.isPresent()) {
      return io.get();
    }
    throw cause(e, FormatException.class).orElseGet(() -> malformed(e));
  }

  /** The placemarks of the KML inside a KMZ archive (doc.kml, else the first .kml entry). */
  public static FeatureSet readKmz(Path kmz, KmzLimits limits) throws IOException {
    return KmzArchive.read(kmz, limits, Optional.empty());
  }

  /** As {@link #readKmz(Path, KmzLimits)}, the KML decoded as {@link #read(Opener, Optional)} does. */
  public static FeatureSet readKmz(Path kmz, KmzLimits limits, Optional<Charset> given)
      throws IOException {
    return KmzArchive.read(kmz, limits, given);
  }

  static void refuseEntities(int event) {
    if (event == XMLStreamConstants.DTD
        || event == XMLStreamConstants.ENTITY_REFERENCE
        || event == XMLStreamConstants.ENTITY_DECLARATION) {
      throw FindingCode.KML_DOCTYPE_REFUSED.exception(
          "file", "KML with a DOCTYPE or external entity is refused");
    }
  }

  private static FeatureSet placemarks(XMLStreamReader xml) throws XMLStreamException {
    List<Feature> features = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    while (xml.hasNext()) {
      int event = xml.next();
      refuseEntities(event);
      if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Placemark")) {
        features.add(placemark(KmlNode.read(xml), features.size() + 1, findings));
      }
    }
    return new FeatureSet("placemark", features, findings);
  }

  private static Feature placemark(KmlNode node, int index, List<Finding> findings) {
    Map<String, Object> properties = new LinkedHashMap<>();
    node.child("name").ifPresent(n -> properties.put("name", n.text()));
    node.child("description").ifPresent(d -> properties.put("description", d.text()));
    node.child("ExtendedData").ifPresent(data -> extendedData(data, properties));
    return new Feature(index, geometry(node, index, findings), properties);
  }

  private static void extendedData(KmlNode data, Map<String, Object> properties) {
    for (KmlNode item : data.all("Data")) {
      properties.put(item.attributes().getOrDefault("name", ""), item.childText("value"));
    }
    for (KmlNode schemaData : data.all("SchemaData")) {
      for (KmlNode simple : schemaData.all("SimpleData")) {
        properties.put(simple.attributes().getOrDefault("name", ""), simple.text());
      }
    }
    properties.remove("");
  }

  private static Geometry geometry(KmlNode placemark, int index, List<Finding> findings) {
    KmlNode geometry = placemark.children().stream()
        .filter(c -> KmlGeometryParser.GEOMETRIES.contains(c.name()))
        .findFirst()
        .orElse(null);
    if (geometry == null) {
      return null;
    }
    try {
      return KmlGeometryParser.parse(geometry);
    } catch (FormatException e) {
      findings.add(e.at("placemark " + index).toFinding());
      return null;
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }

  /** The first cause of a type, looking through the nested exceptions of StAX too. */
  private static <T extends Throwable> Optional<T> cause(XMLStreamException e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause() : nested(t)) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }

  private static FormatException malformed(XMLStreamException e) {
    Location where = e.getLocation();
    String location = where == null
        ? "file"
        : "line " + where.getLineNumber() + ", column " + where.getColumnNumber();
    String message = PARSE_ERROR_PREFIX.matcher(e.getMessage()).replaceFirst("");
    return FindingCode.XML_MALFORMED.exception(location, "malformed XML: " + message);
  }

  private static Throwable nested(Throwable t) {
    return t instanceof XMLStreamException x ? x.getNestedException() : null;
  }
}
