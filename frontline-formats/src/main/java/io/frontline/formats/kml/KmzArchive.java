package io.frontline.formats.kml;

import io.frontline.formats.FeatureSet;
import io.frontline.formats.FindingCode;
import io.frontline.formats.text.Quoted;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens a KMZ under {@link KmzLimits}: the entry count and every entry name are checked from the central directory
 * before anything is inflated. Then the KML entry is inflated once into nothing, through a stream that counts the bytes
 * it yields and stops at the first limit, so a bomb is refused whatever it contains and before the XML parser sees a
 * byte; only an entry within the limits is inflated again for parsing. The ratio is taken against the entry's
 * compressed size in the central directory, which also bounds how many bytes the JDK reads for it.
 */
final class KmzArchive {
  private static final Pattern UNSAFE = Pattern.compile("(^|/)\\.\\.(/|$)|^/|^[A-Za-z]:");

  private KmzArchive() {}

  static FeatureSet read(Path path, KmzLimits limits, Optional<Charset> given) throws IOException {
    try (ZipFile zip = new ZipFile(path.toFile())) {
      ZipEntry kml = kmlEntry(zip, limits);
      try (InputStream counted = new CountingStream(zip.getInputStream(kml), kml, limits)) {
        counted.transferTo(OutputStream.nullOutputStream());
      }
      return KmlReader.read(() -> zip.getInputStream(kml), given);
    } catch (ZipException e) {
      throw FindingCode.KMZ_MALFORMED.exception(
          "file", "not a readable zip (KMZ) archive: " + e.getMessage());
    }
  }

  private static ZipEntry kmlEntry(ZipFile zip, KmzLimits limits) {
    if (zip.size() > limits.maxEntries()) {
      throw FindingCode.KMZ_TOO_MANY_ENTRIES.exception(
          "file", "KMZ has " + zip.size() + " entries; the limit is " + limits.maxEntries());
    }
    ZipEntry first = null;
    ZipEntry doc = null;
    for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
      ZipEntry entry = entries.nextElement();
      checkName(entry.getName());
      if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".kml")) {
        first = first == null ? entry : first;
        doc = entry.getName().equals("doc.kml") ? entry : doc;
      }
    }
    if (first == null) {
      throw FindingCode.KMZ_NO_KML.exception("file", "KMZ has no .kml entry");
    }
    return doc != null ? doc : first;
  }

  private static void checkName(String name) {
    if (UNSAFE.matcher(name.replace('\\', '/')).find()) {
      throw FindingCode.KMZ_UNSAFE_ENTRY_NAME.exception(
          "file", "KMZ entry name " + Quoted.of(name) + " is unsafe: absolute or containing '..'");
    }
  }

  /** Counts inflated bytes and refuses the entry at the first limit crossed. */
  private static final class CountingStream extends FilterInputStream {
    private final String name;
    private final long compressedBytes;
    private final KmzLimits limits;
    private long count;

    CountingStream(InputStream in, ZipEntry entry, KmzLimits limits) {
      super(in);
      this.name = entry.getName();
      this.compressedBytes = Math.max(1, entry.getCompressedSize());
      this.limits = limits;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      counted(skipped);
      return skipped;
    }

    private void counted(long bytes) {
      count += bytes;
      if (count > limits.maxUncompressedBytes()) {
        throw FindingCode.KMZ_TOO_LARGE.exception(
            "file",
            "KMZ entry " + Quoted.of(name) + " inflates to more than "
                + limits.maxUncompressedBytes() + " bytes, the limit");
      }
      if (count > limits.ratioCheckBytes() && count > compressedBytes * limits.maxRatio()) {
        throw FindingCode.KMZ_COMPRESSION_RATIO.exception(
            "file",
            "KMZ entry " + Quoted.of(name) + " inflates more than " + limits.maxRatio() + ":1 ("
                + count + " bytes from " + compressedBytes + " compressed): a zip bomb?");
      }
    }
  }
}
