/// The victim categories `TargetReader` names, most specific first. Every one is
/// civilian (children, medical workers and protesters are civilians too): an incident that
/// hits any of them hits civilians.
enum CivilianTargets {
    static let categories = ["children", "medical", "protesters", "civilians"]

    /// Any of `targets` is a civilian category.
    static func any(in targets: [String]) -> Bool {
        targets.contains { categories.contains($0) }
    }
}
