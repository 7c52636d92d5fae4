package se.psi.core.shared;

/** The twelve municipalities of Örebro län. */
public enum Municipality {
  ASKERSUND("Askersund"),
  DEGERFORS("Degerfors"),
  HALLSBERG("Hallsberg"),
  HALLEFORS("Hällefors"),
  KARLSKOGA("Karlskoga"),
  KUMLA("Kumla"),
  LAXA("Laxå"),
  LEKEBERG("Lekeberg"),
  LINDESBERG("Lindesberg"),
  LJUSNARSBERG("Ljusnarsberg"),
  NORA("Nora"),
  OREBRO("Örebro");

  private final String displayName;

  Municipality(String displayName) {
    this.displayName = displayName;
  }

  /** The name as written in Swedish, e.g. "Hällefors". */
  public String displayName() {
    return displayName;
  }
}
