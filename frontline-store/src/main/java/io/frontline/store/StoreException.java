package io.frontline.store;

import io.frontline.refusals.Refusal;

/**
 * A store failed for a reason outside the caller's arguments: the file cannot be opened or written, its schema is
 * newer than this code, or SQLite reported an error. The message names the store file and says what went wrong in
 * words a person can act on; the SQLite error, if any, is the cause.
 */
public class StoreException extends Refusal {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(Kind.UNAVAILABLE, message, null, java.util.List.of(), null, null);
  }

  public StoreException(String message, Throwable cause) {
    super(Kind.UNAVAILABLE, message, null, java.util.List.of(), null, cause);
  }
}
