import Foundation

/// Changes to output folders made whole or not at all. Staging writes every
/// changed file to a temporary file beside its target; committing moves
/// them into place (each rename atomic, so a reader never sees half a
/// file) and sets removed files aside. Any failure on the way puts every
/// file back as it was, removes the temporary files and the folders made
/// for them, and names the file and the system's reason.
struct OutputTransaction {
    private struct Staged {
        var temporary: String
        var target: String
    }

    private var staged: [Staged] = []
    private var removals: [String] = []
    private var createdFolders: [String] = []
    /// Filled while committing, for undoing it: originals set aside, and targets that had no file before.
    private var backups: [(backup: String, original: String)] = []
    private var placed: [String] = []
    /// Folders to tidy once removed files are gone.
    private var roots: [URL] = []

    /// Writes the changed files of `plan` beside their targets in `directory`.
    mutating func stage(_ plan: OutputWriter.Plan, in directory: String) throws(FileWriting.Failure) {
        let root = URL(fileURLWithPath: directory)
        var folders: Set<String> = []
        do throws(FileWriting.Failure) {
            for file in plan.changed {
                let target = root.appendingPathComponent(file.path).path
                let folder = (target as NSString).deletingLastPathComponent
                if folders.insert(folder).inserted { createdFolders += try FileWriting.makeFolders(folder) }
                let temporary = try FileWriting.writeTemporary(Data(file.contents.utf8), in: folder, for: target)
                staged.append(Staged(temporary: temporary, target: target))
            }
        } catch {
            rollBack()
            throw error
        }
        removals += plan.extra.map { root.appendingPathComponent($0).path }
        if !plan.extra.isEmpty { roots.append(root) }
    }

    /// Sets removed files aside and moves every staged file into place; on a
    /// failure, undoes all of it before throwing.
    mutating func commit() throws(FileWriting.Failure) {
        do throws(FileWriting.Failure) {
            for path in removals {
                guard let backup = try FileWriting.backUp(path) else { continue }
                backups.append((backup, path))
                FileWriting.remove(path)
            }
            while let next = staged.first {
                let backup = try FileWriting.backUp(next.target)
                if let backup { backups.append((backup, next.target)) }
                try FileWriting.rename(next.temporary, to: next.target, reporting: next.target)
                if backup == nil { placed.append(next.target) }
                staged.removeFirst()
            }
        } catch {
            rollBack()
            throw error
        }
        // Committed: what was set aside goes, and folders a removal emptied.
        for (backup, _) in backups { FileWriting.remove(backup) }
        backups = []
        placed = []
        roots.forEach(Self.removeEmptyFolders)
    }

    /// Puts every file back as it was before `stage`.
    private mutating func rollBack() {
        for path in placed.reversed() { FileWriting.remove(path) }
        for (backup, original) in backups.reversed() { try? FileWriting.rename(backup, to: original, reporting: original) }
        for file in staged { FileWriting.remove(file.temporary) }
        for folder in createdFolders.reversed() { FileWriting.remove(folder) }
        (placed, backups, staged, createdFolders) = ([], [], [], [])
    }

    private static func removeEmptyFolders(_ root: URL) {
        let manager = FileManager.default
        let keys: [URLResourceKey] = [.isDirectoryKey]
        guard let children = try? manager.contentsOfDirectory(at: root, includingPropertiesForKeys: keys) else { return }
        for child in children where (try? child.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
            removeEmptyFolders(child)
            if (try? manager.contentsOfDirectory(atPath: child.path).isEmpty) == true {
                try? manager.removeItem(at: child)
            }
        }
    }
}
