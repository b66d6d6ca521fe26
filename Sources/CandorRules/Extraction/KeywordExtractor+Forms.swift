/// Other forms of the decision words `accept` and `reject`: their participles and nouns ("Rejected.", "Approved",
/// "Declined") and the same in Spanish, French, German, Portuguese and Italian ("RECHAZAR.", "Refusé.",
/// "Abgelehnt.", "Recusado.", "Respinto."). A reply that announces its decision in one of them decides as with the
/// word itself. Unlike the word, a form is an answer only where it makes a clause of its own ("**Rejected.** The
/// refund window is 30 days.", "Decision — DECLINED") or fills an answer slot: in prose it is an adjective or a
/// verb of another sentence ("Approved refunds take a week", "the manager declined twice").
extension KeywordExtractor {
    /// Each form, lower case, and the decision word it stands for.
    static let forms: [String: String] = {
        let accept = [
            "accepted", "approve", "approved", "aceptar", "aceptado", "aceptada", "acepto", "aprobado",
            "aprobada", "aprobar", "accepter", "accepté", "acceptée", "approuvé", "approuvée", "approuver",
            "akzeptieren", "akzeptiert", "genehmigt", "genehmigen", "aceitar", "aceito", "aceita",
            "aprovado", "aprovada", "aprovar", "accettare", "accettato", "accettata", "approvato", "approvata",
            "approvare", "accetto",
        ]
        let reject = [
            "rejected", "decline", "declined", "denied", "deny", "refused", "rechazar", "rechazado", "rechazada",
            "rechazo", "denegado", "denegada", "denegar", "rejeter", "rejeté", "rejetée", "refuser", "refusé",
            "refusée", "ablehnen", "abgelehnt", "ablehnung", "rejeitar", "rejeitado", "rejeitada", "recusar",
            "recusado", "recusada", "negado", "negada", "rifiutare", "rifiutato", "rifiutata", "respinto",
            "respinta", "respingere", "rifiuto",
        ]
        return Dictionary(uniqueKeysWithValues: accept.map { ($0, "accept") } + reject.map { ($0, "reject") })
    }()

    /// The listed word that `word` stands for: itself when listed, else the word of its form when that word is
    /// listed (and the form itself is not); nil otherwise.
    func listed(_ word: String) -> String? {
        if words.contains(word) { return word }
        guard let base = Self.forms[word], words.contains(base) else { return nil }
        return base
    }
}
