/// Minutes documented (or claimed) for one code on one date of service.
public struct ServiceMinutes: Sendable, Hashable {
  /// A day has 1,440 minutes: more for one code on one date of service is a typo.
  public static let maximumMinutes = 1440

  public var code: String
  public var minutes: Int

  public init(code: String, minutes: Int) {
    self.code = code
    self.minutes = minutes
  }
}
