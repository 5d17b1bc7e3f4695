@testable import FolioFinish
import Foundation
import Testing

/// ICC profiles are compressed once per process for every print PDF that embeds them.
@Suite struct DeflatedProfilesTests {
    @Test func aProfileIsCompressedAsEachPDFCompressedItBefore() throws {
        let profile = ICCProfile.sRGB
        let first = try DeflatedProfiles.data(of: profile)
        #expect(first == (try Deflate.compress(try profile.data())), "the bytes each PDF wrote before")
        #expect(try DeflatedProfiles.data(of: profile) == first)
        #expect(first.count < (try profile.data()).count)
    }

    @Test func aMissingProfileIsAnErrorEveryTime() {
        let missing = ICCProfile(path: "/nonexistent/folio-test.icc", package: "no-such-package", components: 3,
                                 conditionIdentifier: "x", condition: "x")
        for _ in 0..<2 {
            #expect(throws: FinishError.self) { try DeflatedProfiles.data(of: missing) }
        }
    }
}
