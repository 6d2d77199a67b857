/// The demo workshop shipped with Tafel: a fictional alliance of eight organisations whose
/// yellow-heavy group profile shows the case from practice.
public enum DemoWorkshop {
  /// The demo's file text, exactly as `data/demo/workshop.json` holds it.
  public static var fileText: String { EmbeddedContent.demoWorkshop + "\n" }

  public static func load() throws(FileError) -> Workshop {
    try WorkshopStore.decode(Array(fileText.utf8), path: "(embedded) demo/workshop.json")
  }
}
