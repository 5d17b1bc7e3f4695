import Foundation

/// Notices changed, added or removed files under some folders by comparing
/// modification times twice a second: portable, and cheap for a data folder
/// of a few hundred files.
struct FolderWatcher {
    let folders: [String]
    private var snapshot: [String: Date]

    init(folders: [String]) {
        self.folders = Array(Set(folders)).sorted()
        snapshot = [:]
        snapshot = scan()
    }

    /// Blocks until something changes; returns the changed paths.
    mutating func waitForChange() -> [String] {
        while true {
            Thread.sleep(forTimeInterval: 0.5)
            let now = scan()
            let changed = Set(now.keys).union(snapshot.keys).filter { now[$0] != snapshot[$0] }.sorted()
            if !changed.isEmpty {
                // Let an editor finish writing (save as temporary, then rename) before building.
                Thread.sleep(forTimeInterval: 0.2)
                snapshot = scan()
                return changed
            }
        }
    }

    private func scan() -> [String: Date] {
        var times: [String: Date] = [:]
        let manager = FileManager.default
        for folder in folders {
            for relative in (manager.enumerator(atPath: folder)?.allObjects as? [String]) ?? [] {
                let path = "\(folder)/\(relative)"
                // Editors' swap and backup files are not content.
                guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }), !path.hasSuffix("~")
                else { continue }
                if let date = (try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date {
                    times[path] = date
                }
            }
        }
        return times
    }
}
