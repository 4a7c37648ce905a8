package io.frontline.bundled;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * The event data bundled for the demo: UCDP GED events in Syria and Iraq 2013-2019 (CC BY 4.0) and the coalition's
 * strike releases 2014-2016 (public domain). Credits and caveats: {@code frontline/events/NOTICE.md}.
 */
public final class BundledEvents {
  /** A bundled event file. */
  public enum Dataset {
    /** 46,553 UCDP GED events, year-precise (the subset carries the year only). */
    UCDP_GED(
        "ucdp-ged",
        "ucdp-ged-syria-iraq-2013-2019.csv",
        "UCDP Georeferenced Event Dataset (Sundberg & Melander 2013;"
            + " Davies, Pettersson & Öberg), Uppsala University, CC BY 4.0"),
    /** 5,531 lines of CJTF-OIR strike releases, 19 Dec 2014 to 17 Oct 2016. */
    OIR_STRIKES(
        "cjtf-oir-strikes",
        "centcom-oir-strikes-2014-2016.csv",
        "US Central Command / CJTF-OIR strike releases (public domain),"
            + " parsed by kevinschaul/uscentcom-isil-airstrikes-scraper (MIT)");

    private final String id;
    private final String file;
    private final String credit;

    Dataset(String id, String file, String credit) {
      this.id = id;
      this.file = file;
      this.credit = credit;
    }

    /** The name its events keep as their dataset ("ucdp-ged"). */
    public String id() {
      return id;
    }

    public String fileName() {
      return file;
    }

    /** The credit to print wherever the data is shown. */
    public String credit() {
      return credit;
    }
  }

  private BundledEvents() {}

  /** The bundled dataset whose events carry {@code id} as their dataset, if one does. */
  public static Optional<Dataset> find(String id) {
    return Arrays.stream(Dataset.values()).filter(d -> d.id.equals(id)).findFirst();
  }

  /** The dataset's CSV, decompressed. */
  public static InputStream open(Dataset dataset) {
    return Resources.open("events/" + dataset.file + ".gz");
  }

  /** Writes the dataset's CSV into {@code dir} (the readers take files) and returns its path. */
  public static Path extract(Dataset dataset, Path dir) throws IOException {
    Path out = dir.resolve(dataset.file);
    try (InputStream in = open(dataset)) {
      Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
    }
    return out;
  }
}
