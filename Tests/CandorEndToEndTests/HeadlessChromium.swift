import CandorTestSupport
import Foundation
import Testing

/// Debian's `chromium`, headless, taking screenshots of pages, and a count of the pixels of one colour in them:
/// a chart that draws its data shows as hundreds of pixels of its line's colour, an empty one as none.
enum HeadlessChromium {
    static let executable = "/usr/bin/chromium"

    /// Takes a `width`×`height` screenshot of `url` into `png`; the profile lives in `directory`.
    static func screenshot(
        _ url: String,
        to png: String,
        width: Int = 900,
        height: Int = 1400,
        in directory: TemporaryDirectory
    )
        async throws
    {
        #expect(
            FileManager.default.isExecutableFile(atPath: executable),
            "headless tests need Debian's chromium package (.ci/run installs it)"
        )
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        // CI runs as root, where Chromium's sandbox cannot start.
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--user-data-dir=\(directory.file("chromium-profile"))", "--screenshot=\(png)",
            "--window-size=\(width),\(height)", url,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let status = try await eventually(timeout: .seconds(120)) {
            process.isRunning ? nil : process.terminationStatus
        }
        if status == nil { process.terminate() }
        #expect(status == 0, "chromium exited with \(String(describing: status)) for \(url)")
    }

    /// How many pixels of `png` are within 12 of `hex` (`#rrggbb`) in every channel, decoded by Python's zlib.
    static func pixels(of hex: String, in png: String) throws -> Int {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, png, "\(value >> 16)", "\((value >> 8) & 0xFF)", "\(value & 0xFF)"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return try #require(Int(text), "the PNG decoder printed '\(text)' for \(png)")
    }

    /// A PNG decoder for 8-bit RGB and RGBA images without interlacing (what Chromium writes).
    static let script = #"""
        import sys, zlib, struct
        data = open(sys.argv[1], 'rb').read()
        r, g, b = (int(v) for v in sys.argv[2:5])
        assert data[:8] == b'\x89PNG\r\n\x1a\n'
        pos, idat = 8, b''
        while pos < len(data):
            length, kind = struct.unpack('>I4s', data[pos:pos + 8])
            body = data[pos + 8:pos + 8 + length]
            if kind == b'IHDR':
                width, height, depth, colour, _, _, interlace = struct.unpack('>IIBBBBB', body)
            elif kind == b'IDAT':
                idat += body
            pos += 12 + length
        assert depth == 8 and colour in (2, 6) and interlace == 0
        bpp = 3 if colour == 2 else 4
        raw = zlib.decompress(idat)
        stride = width * bpp
        previous = bytearray(stride)
        count = 0
        for row in range(height):
            start = row * (stride + 1)
            kind = raw[start]
            line = bytearray(raw[start + 1:start + 1 + stride])
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                up = previous[i]
                corner = previous[i - bpp] if i >= bpp else 0
                if kind == 1: line[i] = (line[i] + left) & 255
                elif kind == 2: line[i] = (line[i] + up) & 255
                elif kind == 3: line[i] = (line[i] + (left + up) // 2) & 255
                elif kind == 4:
                    p = left + up - corner
                    pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                    line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
            for i in range(0, stride, bpp):
                if abs(line[i] - r) <= 12 and abs(line[i + 1] - g) <= 12 and abs(line[i + 2] - b) <= 12:
                    count += 1
            previous = line
        print(count)
        """#
}
