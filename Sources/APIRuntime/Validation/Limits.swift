// What a documented limit accepts is decided once, in APILimits, which the
// spec checker asks too: a value lint accepts in a sample or a default is a
// value this runtime accepts. Generated code names its types through this
// module (`APIRuntime.Validator`), so they are re-exported here.
@_exported import APILimits
