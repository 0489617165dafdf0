extension BillingPolicy {
  /// The units method of `.noteaudit.json`: `unitsMethod` by default, `payers.<name>.unitsMethod`
  /// for a record whose `payer` is that name.
  public init(_ configuration: Configuration) {
    var methods: [String: UnitsMethod] = [:]
    for (payer, settings) in configuration.payers {
      if let method = settings.unitsMethod { methods[payer] = method }
    }
    self.init(defaultMethod: configuration.unitsMethod, payerMethods: methods)
  }
}

extension BillingConfiguration {
  /// The visit-sequence settings of `.noteaudit.json`: a configured KX threshold (with its year and
  /// source) replaces the built-in figure for that year.
  public init(_ configuration: Configuration) {
    self.init()
    if let amount = configuration.kx.threshold {
      let year = configuration.kx.year ?? (kxThresholds.map(\.year).max() ?? 2026)
      let source =
        configuration.kx.source ?? "configured in \(configuration.file ?? Configuration.fileName)"
      kxThresholds.removeAll { $0.year == year }
      kxThresholds.append(KXThreshold(year: year, amount: amount, source: source))
    }
  }
}
