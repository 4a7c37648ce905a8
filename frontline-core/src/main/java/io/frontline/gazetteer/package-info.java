/**
 * Places (GeoNames): ids, names in several languages, coordinates and populations, and the name keys and distances
 * that find a place by any spelling. Places are reference data, replaced by id; a search ignores case, accents,
 * punctuation and an Arabic article.
 */
package io.frontline.gazetteer;
