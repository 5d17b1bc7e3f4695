@testable import FolioCharts
import Testing

@Suite struct NiceScaleTests {
    @Test func procedureCounts() {
        let scale = NiceScale(minimum: 0, maximum: 412)
        #expect(scale.ticks == [0, 100, 200, 300, 400, 500])
        #expect(scale.decimals == 0)
    }

    @Test func ratesBetweenEightyAndNinetyEightPercent() {
        let scale = NiceScale(minimum: 0.80, maximum: 0.98, includeZero: false)
        #expect(scale.lower <= 0.80 && scale.upper >= 0.98)
        #expect(abs(scale.step - 0.05) < 1e-12)
        #expect(scale.decimals == 2)
        #expect(scale.ticks.count >= 4 && scale.ticks.count <= 6)
    }

    @Test func negativeValuesKeepZeroInside() {
        let scale = NiceScale(minimum: -37, maximum: 120)
        #expect(scale.lower == -50 && scale.upper == 150 && scale.step == 50)
        #expect(scale.ticks.contains(0))
    }

    @Test func singleValueGetsARangeAroundIt() {
        let scale = NiceScale(minimum: 32, maximum: 32, includeZero: false)
        #expect(scale.lower < 32 && scale.upper > 32)
        let zero = NiceScale(minimum: 0, maximum: 0)
        #expect(zero.lower == 0 && zero.upper > 0)
    }

    @Test func numbersAreFormattedForReaders() {
        #expect(NumberFormat().string(1_234_567) == "1,234,567")
        #expect(NumberFormat(decimals: 2).string(0.8) == "0.80")
        #expect(NumberFormat(suffix: "%").string(98) == "98%")
        #expect(NumberFormat().string(-1200) == "\u{2212}1,200")
    }
}
