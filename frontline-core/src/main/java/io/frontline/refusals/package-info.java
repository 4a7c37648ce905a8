/**
 * Refusals: the typed outcomes of a request that cannot be carried out (bad input, not found, rejected with findings,
 * conflict, store unavailable). Thrown at any layer, mapped to exit codes and HTTP statuses once each, by the adapters.
 */
package io.frontline.refusals;
