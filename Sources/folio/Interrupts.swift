import Dispatch
import FolioRender
import Foundation

/// What the process does when it is stopped from outside: temporary files
/// never outlive it, and a full disk is an error rather than a kill.
enum Interrupts {
    /// Kept alive for the life of the process.
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Call once, before any file is written.
    static func install() {
        // A file-size limit (RLIMIT_FSIZE) sends SIGXFSZ, whose default action kills the
        // process mid-write; ignored, `write` fails with EFBIG instead (POSIX.1-2017,
        // write()), which the output file reports and cleans up like a full disk.
        signal(SIGXFSZ, SIG_IGN)
        for number in [SIGINT, SIGTERM, SIGHUP] {
            // The default action must be off for a dispatch source to see the signal.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global(qos: .userInteractive))
            source.setEventHandler {
                TemporaryFiles.shared.removeAll()
                // The shell's convention for a process ended by a signal: 128 + its number.
                _exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }
}
