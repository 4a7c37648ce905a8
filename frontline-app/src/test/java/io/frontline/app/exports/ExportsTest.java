package io.frontline.app.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.app.SmallView;
import io.frontline.app.control.ControlArea;
import io.frontline.refusals.Refusal;
import io.frontline.store.GeoPackageStore;
import io.frontline.timeline.RecordTime;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export format carries the same columns, from a real store. */
class ExportsTest {
  static final LocalDate DAY = LocalDate.parse("2014-07-01");

  @TempDir
  static Path dir;

  static SmallView view;

  @BeforeAll
  static void open() {
    view = new SmallView(dir);
  }

  @AfterAll
  static void close() {
    view.close();
  }

  static byte[] export(Optional<LocalDate> date, ExportFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exports.write(view, date, format, out);
    return out.toByteArray();
  }

  @Test
  void geojsonHasBothLayersWithTheirColumnsAndTheHeader() throws Exception {
    JsonNode n = new ObjectMapper().readTree(export(Optional.of(DAY), ExportFormat.GEOJSON));
    assertThat(n.get("date").asText()).isEqualTo("2014-07-01");
    assertThat(n.get("as_of").asText()).isEqualTo("latest");
    assertThat(n.get("store_revision").asLong()).isEqualTo(view.revision());
    List<String> areaKeys = new ArrayList<>(List.of("layer"));
    areaKeys.addAll(DateLayers.AREA_COLUMNS.keySet());
    List<String> siteKeys = new ArrayList<>(List.of("layer"));
    siteKeys.addAll(DateLayers.SETTLEMENT_COLUMNS.keySet());
    double isKm2 = 0;
    for (JsonNode f : n.get("features")) {
      List<String> keys = new ArrayList<>();
      f.get("properties").fieldNames().forEachRemaining(keys::add);
      boolean area = f.at("/properties/layer").asText().equals("control_areas");
      assertThat(keys).containsExactlyElementsOf(area ? areaKeys : siteKeys);
      if (area && f.at("/properties/actor").asText().equals("isis")) {
        isKm2 += f.at("/properties/area_km2").asDouble();
      }
    }
    double expected = view.areas(DAY).stream()
        .filter(a -> "isis".equals(a.holder()))
        .mapToDouble(ControlArea::area_km2)
        .sum();
    assertThat(isKm2).isGreaterThan(0).isCloseTo(expected, within(1e-9));
    JsonNode mosul = find(n, "Mosul");
    assertThat(mosul.get("id").asText()).isEqualTo("place-99072");
    assertThat(mosul.at("/properties/holder").asText()).isEqualTo("isis");
    assertThat(mosul.at("/properties/observed_on").asText()).isEqualTo("2014-06-10");
    assertThat(mosul.at("/properties/source").asText())
        .contains("https://www.reuters.com/article/mosul");
  }

  static JsonNode find(JsonNode collection, String name) {
    for (JsonNode f : collection.get("features")) {
      if (name.equals(f.at("/properties/name").asText())) {
        return f;
      }
    }
    throw new AssertionError("no feature " + name);
  }

  @Test
  void geoPackageHasTheSameColumnsAsTheGeoJson() throws Exception {
    Path file = dir.resolve("date.gpkg");
    Files.write(file, export(Optional.of(DAY), ExportFormat.GPKG));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      assertThat(columns(c, "control_areas"))
          .containsExactlyElementsOf(withGeometry(DateLayers.AREA_COLUMNS.keySet()));
      assertThat(columns(c, "settlements"))
          .containsExactlyElementsOf(withGeometry(DateLayers.SETTLEMENT_COLUMNS.keySet()));
      try (ResultSet r = c.createStatement()
          .executeQuery(
              "SELECT holder, implied, date FROM settlements" + " WHERE name = 'Mosul'")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualTo("isis");
        assertThat(r.getInt(2)).isZero();
        assertThat(r.getString(3)).isEqualTo("2014-07-01");
      }
      try (ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM control_areas")) {
        assertThat(r.getInt(1)).isEqualTo(view.areas(DAY).size());
      }
    }
  }

  static List<String> withGeometry(java.util.Collection<String> columns) {
    List<String> out = new ArrayList<>(List.of("fid", "geom"));
    out.addAll(columns);
    return out;
  }

  static List<String> columns(Connection c, String table) throws Exception {
    List<String> out = new ArrayList<>();
    try (ResultSet r = c.createStatement().executeQuery("PRAGMA table_info(" + table + ")")) {
      while (r.next()) {
        out.add(r.getString("name"));
      }
    }
    return out;
  }

  @Test
  void csvListsTheSettlementsWithTheSameColumns() {
    String csv = new String(export(Optional.of(DAY), ExportFormat.CSV), StandardCharsets.UTF_8);
    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).isEqualTo(String.join(",", DateLayers.SETTLEMENT_COLUMNS.keySet()));
    assertThat(csv).contains("99072,Mosul,IQ,");
  }

  @Test
  void kmlHasAPlacemarkPerAreaAndSettlementWithEveryColumn() {
    String kml = new String(export(Optional.of(DAY), ExportFormat.KML), StandardCharsets.UTF_8);
    assertThat(kml)
        .startsWith("<?xml")
        .contains(
            "<name>Mosul</name>",
            "<Data name=\"observed_on\">",
            "<Data name=\"actor_name\"><value>Islamic State</value>")
        .endsWith("</kml>\n");
    int placemarks = kml.split("<Placemark>", -1).length - 1;
    assertThat(placemarks)
        .isEqualTo(
            view.areas(DAY).size() + DateLayers.of(view, DAY).settlements().size());
  }

  @Test
  void withoutADateTheObservationsOrACopyOfTheStore() throws Exception {
    JsonNode n = new ObjectMapper().readTree(export(Optional.empty(), ExportFormat.GEOJSON));
    assertThat(n.get("features")).hasSize(3);
    Path copy = dir.resolve("copy.gpkg");
    Files.write(copy, export(Optional.empty(), ExportFormat.GPKG));
    try (GeoPackageStore store = GeoPackageStore.open(copy)) {
      assertThat(store.observations(RecordTime.now())).hasSize(3);
      assertThat(store.revision()).isEqualTo(view.revision());
    }
    assertThatThrownBy(() -> export(Optional.empty(), ExportFormat.KML))
        .isInstanceOfSatisfying(Refusal.class, r -> {
          assertThat(r.kind()).isEqualTo(Refusal.Kind.BAD_INPUT);
          assertThat(r.detail(p -> "--" + p))
              .isEqualTo("--format kml exports the control map of a date; give --date");
        });
  }

  @Test
  void anUnknownFormatIsRefusedListingTheFormats() {
    assertThatThrownBy(() -> ExportFormat.of("shp"))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.detail(p -> p))
            .isEqualTo("format must be one of geojson, gpkg, kml, csv, was 'shp'"));
  }
}
