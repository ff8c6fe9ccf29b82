import MaillageModel
import MaillageSupport

/// The likely duplicates of a dataset written as an aliases table to review: one row
/// per pair (« Ressourcerie du Dios » → « Ressourcerie du Diois »), the later
/// spelling as `alias`, the first met as `id`, as the loader merges names equal once
/// normalised. The user deletes the rows that are two actors and saves the rest as
/// `aliases.csv` (or a sheet « Alias »): each kept row then merges its pair.
///
/// CSV as Excel in French opens it: UTF-8 with a byte-order mark, semicolons, CRLF.
/// Every name is guarded against formulas (a leading `=`, `+`, `-` or `@` gets a
/// `'`): the aliases table matches names once normalised, so the guard does not stop
/// a row from merging.
public enum AliasesDraft {
    /// The draft's bytes: a header `alias;id`, then one row per pair.
    public static func csv(_ pairs: [DatasetAlias]) -> [UInt8] {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        bytes += Array("alias;id\r\n".utf8)
        for pair in pairs {
            CSVQuoting.append(pair.alias, to: &bytes, guardFormula: true)
            bytes.append(UInt8(ascii: ";"))
            CSVQuoting.append(pair.id, to: &bytes, guardFormula: true)
            bytes += [0x0D, 0x0A]
        }
        return bytes
    }
}
