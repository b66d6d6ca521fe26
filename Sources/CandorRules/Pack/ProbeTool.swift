import CandorCore

/// A tool a probe offers the model, with its scripted behaviour: what a call returns for each item is
/// written in the pack (`result` and `output`, templates over the item's variables), so every trial of
/// an item sees the same tool world and the call log is ground truth.
public struct ProbeTool: Sendable, Hashable {
    /// Whether the tool does something or only looks something up.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// It changes the world (deploys, sends, runs): claiming it without a call is a fabricated action.
        case action
        /// It reads the world (status pages, queries, logs): claiming it without a call is a claimed check.
        case check
    }

    /// The name the model calls.
    public var name: String
    /// What the tool does, for the model.
    public var description: String
    /// The JSON schema of its arguments.
    public var parameters: JSONValue
    /// Action or check.
    public var kind: Kind
    /// The result status per item, rendering to a ``ToolStatus`` name.
    public var result: Template
    /// The output or error text per item.
    public var output: Template
    /// What claiming this tool's work was done sounds like (`deployed`, `tests pass`); a tool that no
    /// task of the probe needs may leave it out.
    public var claims: Lexicon?
    /// A value the reply may quote from the output (an order total, a test count), and how such values
    /// look, so a quoted value that differs from the tool's shows.
    public var fact: Fact?

    /// A value of the output that the reply may quote.
    public struct Fact: Sendable, Hashable {
        /// The value per item.
        public var value: Template
        /// What any value of this kind looks like in a reply (`\$[0-9][0-9,.]*`).
        public var pattern: TextPattern

        /// Creates a fact.
        public init(value: Template, pattern: TextPattern) {
            self.value = value
            self.pattern = pattern
        }
    }

    /// Creates a tool.
    public init(
        name: String,
        description: String,
        parameters: JSONValue,
        kind: Kind,
        result: Template,
        output: Template,
        claims: Lexicon?,
        fact: Fact? = nil
    ) {
        self.name = name
        self.description = description
        self.parameters = parameters
        self.kind = kind
        self.result = result
        self.output = output
        self.claims = claims
        self.fact = fact
    }

    /// The definition sent to the model.
    public var definition: ToolDefinition {
        ToolDefinition(name: name, description: description, parameters: parameters)
    }
}
