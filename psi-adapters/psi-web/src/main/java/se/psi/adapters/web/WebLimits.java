package se.psi.adapters.web;

/**
 * What one request may be: the body's size in bytes, the JSON's nesting depth, a string's length and a page's size.
 * Beyond them a request gets a 4xx problem document; nothing is read further or written.
 */
public record WebLimits(int maxBodyBytes, int maxNestingDepth, int maxStringLength, int maxPageSize) {

  public static final WebLimits DEFAULTS = new WebLimits(64 * 1024, 16, 10_000, 100);

  public WebLimits {
    if (maxBodyBytes < 1 || maxNestingDepth < 1 || maxStringLength < 1 || maxPageSize < 1) {
      throw new IllegalArgumentException("every web limit must be at least 1: " + maxBodyBytes + ", "
          + maxNestingDepth + ", " + maxStringLength + ", " + maxPageSize);
    }
  }
}
