package io.frontline.basemap;

import java.util.List;
import java.util.Optional;

/** Reference geography: country outlines used to clip zones and to compare sizes. */
public interface Basemap {
  List<Country> countries();

  default Optional<Country> findCountry(String iso2) {
    return countries().stream().filter(c -> c.iso2().equalsIgnoreCase(iso2)).findFirst();
  }
}
