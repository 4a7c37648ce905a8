package io.frontline.store;

/**
 * A store failed for a reason outside the caller's arguments: the file cannot be opened or written, its schema is
 * newer than this code, or SQLite reported an error. The message names the store file and says what went wrong in
 * words a person can act on; the SQLite error, if any, is the cause.
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
