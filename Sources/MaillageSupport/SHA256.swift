import Foundation

/// SHA-256 (FIPS 180-4): fingerprints the dataset files a figure was computed
/// from, and hashes the HTML report's script for its Content-Security-Policy.
///
/// Streaming: ``update(_:)`` as often as needed, then ``finalize()``. Checked
/// against the FIPS 180-2 test vectors.
/// - Complexity: O(n) for n bytes.
public struct SHA256: Sendable {
    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]
    private var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
    private var buffer: [UInt8] = []
    private var length: UInt64 = 0

    public init() {}

    /// The 32-byte digest of `bytes`.
    public static func digest<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(Array(bytes))
        return hasher.finalize()
    }

    /// The digest of `text`'s UTF-8 bytes in base 64, as CSP hashes are written.
    public static func base64(of text: String) -> String {
        Data(digest(Array(text.utf8))).base64EncodedString()
    }

    /// Adds bytes to the message.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { update(contentsOf: $0) }
    }

    /// Adds the bytes of `bytes` to the message.
    public mutating func update(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        length += UInt64(bytes.count)
        var offset = 0
        // Complete a pending partial block first.
        if !buffer.isEmpty {
            let take = min(64 - buffer.count, bytes.count)
            buffer.append(contentsOf: bytes[0..<take])
            offset = take
            if buffer.count == 64 {
                buffer.withUnsafeBufferPointer { compress(blocks: $0) }
                buffer.removeAll(keepingCapacity: true)
            }
        }
        // Whole blocks straight from the input, without copying it.
        let whole = (bytes.count - offset) / 64 * 64
        if whole > 0 { compress(blocks: UnsafeBufferPointer(rebasing: bytes[offset..<offset + whole])) }
        offset += whole
        if offset < bytes.count { buffer.append(contentsOf: bytes[offset...]) }
    }

    /// The digest as 64 lowercase hexadecimal digits; the hasher is then spent.
    public mutating func finalizeHex() -> String {
        finalize().map { byte in
            let s = String(byte, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
    }

    /// The 32-byte digest; the hasher is then spent.
    public mutating func finalize() -> [UInt8] {
        var tail = buffer
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        let bits = length &* 8
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
        tail.withUnsafeBufferPointer { compress(blocks: $0) }
        buffer = []
        return h.flatMap { word in [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: word >> UInt32($0)) } }
    }

    /// Runs the compression function over `blocks`, a whole number of 64-byte blocks:
    /// the state in local variables, the message schedule in one scratch buffer.
    private mutating func compress(blocks: UnsafeBufferPointer<UInt8>) {
        guard let base = blocks.baseAddress, blocks.count >= 64 else { return }
        var h0 = h[0], h1 = h[1], h2 = h[2], h3 = h[3], h4 = h[4], h5 = h[5], h6 = h[6], h7 = h[7]
        SHA256.k.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                var block = base
                let end = base + blocks.count / 64 * 64
                while block < end {
                    for t in 0..<16 {
                        w[t] = UInt32(block[4 * t]) << 24 | UInt32(block[4 * t + 1]) << 16
                            | UInt32(block[4 * t + 2]) << 8 | UInt32(block[4 * t + 3])
                    }
                    for t in 16..<64 {
                        let x = w[t - 15], y = w[t - 2]
                        let s0 = x.rotatedRight(7) ^ x.rotatedRight(18) ^ (x >> 3)
                        let s1 = y.rotatedRight(17) ^ y.rotatedRight(19) ^ (y >> 10)
                        w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
                    }
                    var a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, hh = h7
                    // Eight rounds per turn, the variables' roles rotating instead of their values.
                    for t in stride(from: 0, to: 64, by: 8) {
                        Self.round(a, b, c, &d, e, f, g, &hh, k[t] &+ w[t])
                        Self.round(hh, a, b, &c, d, e, f, &g, k[t + 1] &+ w[t + 1])
                        Self.round(g, hh, a, &b, c, d, e, &f, k[t + 2] &+ w[t + 2])
                        Self.round(f, g, hh, &a, b, c, d, &e, k[t + 3] &+ w[t + 3])
                        Self.round(e, f, g, &hh, a, b, c, &d, k[t + 4] &+ w[t + 4])
                        Self.round(d, e, f, &g, hh, a, b, &c, k[t + 5] &+ w[t + 5])
                        Self.round(c, d, e, &f, g, hh, a, &b, k[t + 6] &+ w[t + 6])
                        Self.round(b, c, d, &e, f, g, hh, &a, k[t + 7] &+ w[t + 7])
                    }
                    h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d; h4 &+= e; h5 &+= f; h6 &+= g; h7 &+= hh
                    block += 64
                }
            }
        }
        h[0] = h0; h[1] = h1; h[2] = h2; h[3] = h3; h[4] = h4; h[5] = h5; h[6] = h6; h[7] = h7
    }

    /// One round: `d` and `h` get their new values (the others move by renaming).
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
        _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32
    ) {
        let t1 = h &+ (e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)) &+ (g ^ (e & (f ^ g))) &+ kw
        d &+= t1
        h = t1 &+ (a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)) &+ ((a & (b | c)) | (b & c))
    }
}

private extension UInt32 {
    func rotatedRight(_ n: UInt32) -> UInt32 { (self >> n) | (self << (32 - n)) }
}
