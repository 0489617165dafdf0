/// Which units method applies to a note: a default (CMS total-time, Medicare's) and per-payer
/// exceptions (commercial payers on the AMA per-code method), from `.noteaudit.json`.
public struct BillingPolicy: Sendable, Hashable {
  public var defaultMethod: UnitsMethod
  /// Method by payer name, compared case-insensitively.
  public var payerMethods: [String: UnitsMethod]

  public init(defaultMethod: UnitsMethod = .cms, payerMethods: [String: UnitsMethod] = [:]) {
    self.defaultMethod = defaultMethod
    self.payerMethods = Dictionary(payerMethods.map { ($0.key.lowercased(), $0.value) }) {
      first, _ in first
    }
  }

  public func method(forPayer payer: String?) -> UnitsMethod {
    // Most setups have no per-payer method: then no payer name is lowercased and hashed per note.
    if payerMethods.isEmpty { return defaultMethod }
    return payer.flatMap { payerMethods[$0.lowercased()] } ?? defaultMethod
  }
}
