import Foundation

/// The form string search compares in: lowercased and stripped of accents, so `Zoë` is found by
/// `zoe` and by `ZOE`.
package enum StringNormalizer {
    package static func normalize(_ text: some StringProtocol) -> String {
        String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
