package se.psi.adapters.web.resource;

import java.util.List;

/**
 * The shape of a page for the OpenAPI document, which cannot name a generic record's type argument: each listing
 * declares {@code class XPage extends PageJsonSchema<X>}.
 */
public abstract class PageJsonSchema<T> {
  public List<T> items;
  public int offset;
  public int limit;
  public long total;
  public boolean totalExact;
}
