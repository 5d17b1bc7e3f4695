import ArgumentParser

/// `--shard K/N`: the K-th of N slices of a merge's records (K from 0 to N − 1,
/// as a Kubernetes Indexed Job's completion index). The slices are runs of
/// consecutive rows, cut by row number only, so N machines given the same CSV
/// and K = 0 … N − 1 render every record exactly once, with the same bytes as
/// one machine would.
struct Shard: ExpressibleByArgument, Equatable {
    /// This slice, from 0.
    var index: Int
    /// How many slices.
    var count: Int

    init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    init?(argument: String) {
        let parts = argument.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]),
              count >= 1, (0..<count).contains(index) else { return nil }
        self.init(index: index, count: count)
    }

    static var defaultValueDescription: String { "0/1" }

    /// The rows (0-based, in file order) of this slice of `total`: slice K gets
    /// rows ⌊K·total/N⌋ ..< ⌊(K+1)·total/N⌋, so slices differ by at most one row.
    func rows(of total: Int) -> Range<Int> {
        (index * total / count)..<((index + 1) * total / count)
    }
}
