import CandorYAML
import Foundation

extension ProbeReader {
    static let itemKeys = ["id", "truth", "domain", "labels", "vars", "derive", "axes", "sample", "seed"]
    /// The most combinations one templated entry may expand to before `sample` picks from them.
    static let combinationLimit = 200_000

    /// The structural checks of a probe's items with `conditions` and its scorer's `reference` and `tolerance`.
    static func itemCheck(conditions: [ReadCondition], reference: Template?, tolerance: Template?) -> ItemCheck {
        ItemCheck(
            reference: reference,
            sent: Set(conditions.flatMap(\.variables)),
            tolerance: tolerance,
            answers: ItemCheck.answers(of: conditions.map(\.condition))
        )
    }

    /// Reads `items`: plain items, and templated entries whose `axes` multiply into one item per
    /// combination (optionally `sample`d with a seed), with `derive`d variables computed locally.
    /// Every item is checked (``ItemCheck``) against the scorer's hinted or suggested answer `reference`
    /// and its numeric `tolerance`.
    static func readItems(
        _ node: YAMLNode?,
        conditions: [ReadCondition],
        reference: Template?,
        tolerance: Template? = nil,
        _ log: inout DiagnosticLog
    ) -> [Item] {
        guard let node, let list = node.sequence(&log) else { return [] }
        if list.isEmpty { log.error("'items' needs at least one item", at: node.location) }
        var items: [Item] = []
        var seen: [String: Int] = [:]
        let check = itemCheck(conditions: conditions, reference: reference, tolerance: tolerance)
        for entry in list {
            let entryItems = readEntry(entry, conditions: conditions, &log)
            report(entryItems.flatMap(check.problems), at: entry.location, &log)
            for var item in entryItems {
                item.location = entry.location
                if let line = seen[item.id] {
                    log.error("duplicate item id '\(item.id)' (first defined at line \(line))", at: entry.location)
                    continue
                }
                seen[item.id] = entry.location.line
                items.append(item)
            }
        }
        return items
    }

    static func readEntry(_ entry: YAMLNode, conditions: [ReadCondition], _ log: inout DiagnosticLog) -> [Item] {
        guard let map = entry.mapping(&log) else { return [] }
        map.rejectUnknownKeys(allowing: itemKeys, &log)
        let before = log.diagnostics.count
        func template(_ node: YAMLNode?) -> Template? {
            guard let node, let text = node.string(&log) else { return nil }
            do { return try Template(parsing: text) } catch {
                log.error("\(node.describedPath): \(error.message)", at: node.location)
                return nil
            }
        }
        let idTemplate = map.required("id", &log).flatMap(template)
        let truth = template(map["truth"])
        var labelTemplates: [(String, Template)] = []
        if let domain = template(map["domain"]) { labelTemplates.append(("domain", domain)) }
        if let labelsNode = map["labels"], let labels = labelsNode.mapping(&log) {
            for key in labels.keys { if let value = template(labels[key]) { labelTemplates.append((key, value)) } }
        }
        var varTemplates: [(String, Template)] = []
        if let varsNode = map["vars"], let vars = varsNode.mapping(&log) {
            for key in vars.keys { if let value = template(vars[key]) { varTemplates.append((key, value)) } }
        }
        var derived: [(String, Expression, SourceLocation)] = []
        if let deriveNode = map["derive"], let derive = deriveNode.mapping(&log) {
            for key in derive.keys {
                guard let valueNode = derive[key], let text = valueNode.nonEmptyString(&log) else { continue }
                do {
                    derived.append((key, try Expression(parsing: text), valueNode.location))
                } catch {
                    log.error("\(valueNode.describedPath): \(error.message)", at: valueNode.location)
                }
            }
        }
        let combinations = readAxes(map["axes"], &log)
        let sample = map["sample"]?.int(&log, in: 1...100_000)
        let seed = UInt64(map["seed"]?.int(&log, in: 0...Int.max) ?? 1)
        guard log.diagnostics.count == before, let idTemplate else { return [] }
        if map["axes"] == nil, idTemplate.variables.contains(where: { _ in true }), derived.isEmpty {
            log.error(
                "item id '\(idTemplate.render([:]))' uses placeholders but the item has no 'axes'",
                at: entry.location
            )
            return []
        }
        var chosen = combinations
        if let sample, sample < combinations.count {
            chosen = Self.sample(combinations, count: sample, seed: seed)
        }
        var items: [Item] = []
        var reported: Set<String> = []
        func undefined(_ name: String, _ user: String) {
            guard reported.insert(name + "\u{0}" + user).inserted else { return }
            log.error(
                "\(user) uses the variable '\(name)', which this item does not define; add it under 'vars' or 'axes'",
                at: entry.location
            )
        }
        for combination in chosen {
            var variables = combination
            for (name, expression, location) in derived {
                do {
                    variables[name] = try expression.evaluate(variables)
                } catch {
                    if reported.insert("derive." + name).inserted {
                        log.error("derive.\(name): \(error.message)", at: location)
                    }
                }
            }
            for (name, value) in combination where value.contains("{{") {
                if let template = try? Template(parsing: value) { variables[name] = template.render(variables) }
            }
            var rendered = variables
            for (name, value) in varTemplates {
                for missing in value.variables where variables[missing] == nil { undefined(missing, "vars.\(name)") }
                rendered[name] = value.render(variables)
            }
            func fill(_ template: Template, _ user: String) -> String {
                for missing in template.variables where rendered[missing] == nil { undefined(missing, user) }
                return template.render(rendered)
            }
            let id = fill(idTemplate, "the id")
            var labels: [String: String] = [:]
            for (key, value) in labelTemplates { labels[key] = fill(value, "the label '\(key)'") }
            for condition in conditions {
                for name in condition.variables where rendered[name] == nil {
                    undefined(name, "condition '\(condition.condition.id)'")
                }
            }
            items.append(Item(id: id, truth: truth.map { fill($0, "truth") }, labels: labels, variables: rendered))
        }
        return items
    }

    /// `axes`: each key a list of values (text binds the key; a mapping binds its own keys), in
    /// key order, multiplied out.
    static func readAxes(_ node: YAMLNode?, _ log: inout DiagnosticLog) -> [[String: String]] {
        guard let node, let map = node.mapping(&log) else { return [[:]] }
        var combinations: [[String: String]] = [[:]]
        for key in map.keys {
            guard let listNode = map[key], let list = listNode.sequence(&log) else { continue }
            if list.isEmpty { log.error("axis '\(key)' needs at least one value", at: listNode.location) }
            var values: [[String: String]] = []
            for entry in list {
                if entry.node.mapping != nil {
                    values.append(readStrings(entry, &log))
                } else if let text = entry.string(&log) {
                    values.append([key: text])
                }
            }
            guard combinations.count * max(values.count, 1) <= combinationLimit else {
                log.error(
                    "the axes multiply to more than \(combinationLimit) items; use fewer values",
                    at: listNode.location
                )
                return []
            }
            combinations = combinations.flatMap { combination in
                values.map { combination.merging($0) { $1 } }
            }
        }
        return combinations
    }

    /// `count` distinct elements of `all`, chosen with SplitMix64 from `seed`, in their original order.
    static func sample<T>(_ all: [T], count: Int, seed: UInt64) -> [T] {
        var indices = Array(all.indices)
        var state = seed
        for position in 0..<count {
            let pick = position + Int(SplitMix64.next(&state) % UInt64(indices.count - position))
            indices.swapAt(position, pick)
        }
        return indices.prefix(count).sorted().map { all[$0] }
    }

    /// `items_file`: a JSONL file (relative to the pack) of a user's own prompts, one object per
    /// line: `id` (optional), `truth`, `labels` (an object), and any other text fields as variables.
    static func readItemsFile(
        _ node: YAMLNode,
        context: inout Context,
        conditions: [ReadCondition],
        existing: [Item],
        reference: Template?,
        tolerance: Template? = nil,
        _ log: inout DiagnosticLog
    ) -> [Item] {
        let check = itemCheck(conditions: conditions, reference: reference, tolerance: tolerance)
        guard let name = node.nonEmptyString(&log) else { return [] }
        let path = name.hasPrefix("/") ? name : (context.directory as NSString).appendingPathComponent(name)
        let data: Data
        let text: String
        do {
            data = try TextFile.contents(path, kind: "items file")
        } catch {
            // Said at the line of the pack that names the file, where the fix usually is.
            log.append(contentsOf: error.diagnostics.map { Diagnostic(at: node.location, "'\(path)': \($0.message)") })
            return []
        }
        do {
            text = try TextFile.decode(data, file: path, kind: "items file")
        } catch {
            log.append(contentsOf: error.diagnostics)
            return []
        }
        context.included.append(data)
        var items: [Item] = []
        var ids = Set(existing.map(\.id))
        for (offset, line) in text.split(
            omittingEmptySubsequences: false,
            whereSeparator: { $0 == "\n" || $0 == "\r\n" }
        ).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let at = SourceLocation(file: path, line: offset + 1, column: 1)
            guard let object = (try? JSONSerialization.jsonObject(with: Data(trimmed.utf8))) as? [String: Any] else {
                log.error(
                    "not a JSON object; each line of an items file is one object such as {\"prompt\": \"…\"}",
                    at: at
                )
                continue
            }
            var variables: [String: String] = [:]
            var labels: [String: String] = [:]
            for (key, value) in object where key != "id" && key != "truth" && key != "labels" {
                guard let string = value as? String else {
                    log.error("field '\(key)' must be text", at: at)
                    continue
                }
                variables[key] = string
            }
            if let labelObject = object["labels"] as? [String: Any] {
                for (key, value) in labelObject { labels[key] = "\(value)" }
            }
            let id = (object["id"] as? String) ?? "line-\(offset + 1)"
            guard ids.insert(id).inserted else {
                log.error("duplicate item id '\(id)'", at: at)
                continue
            }
            for condition in conditions {
                for missing in Set(condition.variables).sorted() where variables[missing] == nil {
                    log.error(
                        "item '\(id)' has no field '\(missing)', which condition '\(condition.condition.id)' uses",
                        at: at
                    )
                }
            }
            var item = Item(id: id, truth: object["truth"] as? String, labels: labels, variables: variables)
            item.location = at
            report(check.problems(item), at: at, &log)
            items.append(item)
        }
        if items.isEmpty, !log.diagnostics.contains(where: { $0.file == path }) {
            log.error("the items file '\(path)' has no items", at: node.location)
        }
        return items
    }

    /// Reports `problems` of the items of one entry at its location: each kind once, with how many of the
    /// entry's items share it, so that a templated entry's hundred combinations give one line each.
    static func report(_ problems: [ItemCheck.Problem], at location: SourceLocation, _ log: inout DiagnosticLog) {
        var counts: [ItemCheck.Kind: Int] = [:]
        for problem in problems { counts[problem.kind, default: 0] += 1 }
        var reported: Set<ItemCheck.Kind> = []
        for problem in problems where reported.insert(problem.kind).inserted {
            let count = counts[problem.kind] ?? 1
            let more = count > 1 ? " (and \(count - 1) more of this entry's items)" : ""
            log.error(problem.message + more, at: location)
        }
    }
}
