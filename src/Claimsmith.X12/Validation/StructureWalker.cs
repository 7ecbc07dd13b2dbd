using System.Globalization;
using Claimsmith.X12.Common;
using Claimsmith.X12.Internal;
using Claimsmith.X12.Issues;
using Claimsmith.X12.Tokenizing;
using Claimsmith.X12.Validation.Schema;

namespace Claimsmith.X12.Validation;

/// <summary>
/// Walks one transaction set through a guide's loop tree: places each segment (loop and
/// position), checks order, repeats, required segments and loops, element usage, types, lengths
/// and code values, and the HL parent/child links. Reports 999-style issues.
/// </summary>
internal sealed class StructureWalker
{
    private readonly TransactionSchema _schema;
    private readonly X12ValidationOptions _options;
    private readonly List<Frame> _stack = [];
    private readonly Dictionary<string, string> _hlLevels = new(StringComparer.Ordinal);
    private int _lastHl;
    private string? _pendingChildOf;
    private bool _lastHadChildren;

    public StructureWalker(TransactionSchema schema, X12ValidationOptions options)
    {
        _schema = schema;
        _options = options;
        _stack.Add(new Frame(schema.Root, isRoot: true));
    }

    /// <summary>The loop id of the innermost open loop.</summary>
    public string CurrentLoop => _stack[^1].Rule.Id;

    /// <summary>The rule the last segment was matched to (null when it could not be placed).</summary>
    public SegmentRule? LastRule { get; private set; }

    public void Segment(TransactionContext c, X12Segment s)
    {
        LastRule = null;
        if (!Place(c, s, exact: true) && !Place(c, s, exact: false))
        {
            var known = SegmentDictionary.Get(s.Id) is not null;
            c.Report(X12IssueCodes.UnexpectedSegment, X12IssueSeverity.Error, s.Id, null, null,
                known ? $"{s.Id} is not expected here in {_schema.Name} (loop {CurrentLoop}); it is out of order or not defined at this place."
                      : $"{s.Id} is not a segment of {_schema.Name}.",
                known ? "2" : "1", CurrentLoop);
            return;
        }

        c.CurrentLoop = CurrentLoop;
        ValidateElements(c, s, LastRule!);
        if (s.Id == "HL")
        {
            CheckHierarchy(c, s);
        }
    }

    public void End(TransactionContext c)
    {
        while (_stack.Count > 0)
        {
            Close(c, _stack[^1]);
            _stack.RemoveAt(_stack.Count - 1);
        }

        if (_lastHadChildren)
        {
            c.Report(X12IssueCodes.HierarchyError, X12IssueSeverity.Error, "HL", 4, null, $"HL {_lastHl} says it has child levels (HL04 = 1) but none follows.", "7", CurrentLoopSafe());
        }
    }

    private string? CurrentLoopSafe() => _stack.Count > 0 ? CurrentLoop : null;

    private bool Place(TransactionContext c, X12Segment s, bool exact)
    {
        for (var depth = _stack.Count - 1; depth >= 0; depth--)
        {
            var frame = _stack[depth];
            var children = frame.Rule.Children;
            // The trigger (child 0) of an open loop is matched only through its parent, as a new iteration.
            var start = frame.IsRoot ? frame.Index : Math.Max(frame.Index, 1);
            for (var i = start; i < children.Count; i++)
            {
                switch (children[i])
                {
                    case SegmentRule rule when Matches(rule, s, exact):
                        PopTo(c, depth);
                        ReportSkipped(c, frame, i);
                        frame.Index = i;
                        frame.Counts[i]++;
                        if (rule.RequiredQualifiers is { } required && required.Contains(QualifierValue(rule, s)))
                        {
                            frame.SeenRequired[i] = true;
                        }

                        if (frame.Counts[i] > rule.MaxUse)
                        {
                            c.Report(X12IssueCodes.SegmentRepeatExceeded, X12IssueSeverity.Error, s.Id, null, null, $"{s.Id} appears more than {rule.MaxUse} time(s) in loop {frame.Rule.Id}.", "5", frame.Rule.Id);
                        }

                        LastRule = rule;
                        return true;
                    case LoopRule loop when Matches(loop.Trigger, s, exact):
                        PopTo(c, depth);
                        ReportSkipped(c, frame, i);
                        frame.Index = i;
                        frame.Counts[i]++;
                        if (frame.Counts[i] > loop.MaxRepeat)
                        {
                            c.Report(X12IssueCodes.LoopRepeatExceeded, X12IssueSeverity.Error, s.Id, null, null, $"Loop {loop.Id} ({loop.Name}) repeats more than {loop.MaxRepeat} time(s).", "4", loop.Id);
                        }

                        if (_stack.Count >= _options.Reader.MaxLoopDepth)
                        {
                            c.Report(X12IssueCodes.LoopDepthExceeded, X12IssueSeverity.Error, s.Id, null, null, "Loops nest deeper than the configured bound.", "2", loop.Id);
                            return true;
                        }

                        var child = new Frame(loop, isRoot: false);
                        child.Counts[0] = 1;
                        _stack.Add(child);
                        LastRule = loop.Trigger;
                        return true;
                }
            }

            if (!exact)
            {
                // A loose match (right segment id, unknown qualifier) is only tried in the innermost loop.
                return false;
            }
        }

        return false;
    }

    private static bool Matches(SegmentRule rule, X12Segment s, bool exact)
    {
        if (rule.Id != s.Id)
        {
            return false;
        }

        if (!exact || rule.QualifierCodes is null)
        {
            return true;
        }

        return rule.QualifierCodes.Contains(QualifierValue(rule, s));
    }

    private static string QualifierValue(SegmentRule rule, X12Segment s) =>
        rule.QualifierComponent == 0 ? s[rule.QualifierPosition] : s.Component(rule.QualifierPosition, rule.QualifierComponent);

    /// <summary>Leaving a rule that was matched: one of its required qualifiers must have been among the segments.</summary>
    private static void CheckRequiredQualifier(TransactionContext c, Frame frame, int k)
    {
        if (frame.Rule.Children[k] is SegmentRule { RequiredQualifiers: { } required } rule && frame.Counts[k] > 0 && !frame.SeenRequired[k])
        {
            var which = $"{rule.Id}*{string.Join('/', required.Order(StringComparer.Ordinal))}";
            c.Report(X12IssueCodes.MissingSegment, X12IssueSeverity.Error, rule.Id, null, null, $"Required segment {which} is missing in loop {frame.Rule.Id}.", "3", frame.Rule.Id);
            frame.SeenRequired[k] = true;
        }
    }

    private void PopTo(TransactionContext c, int depth)
    {
        while (_stack.Count - 1 > depth)
        {
            Close(c, _stack[^1]);
            _stack.RemoveAt(_stack.Count - 1);
        }
    }

    private static void ReportSkipped(TransactionContext c, Frame frame, int upTo)
    {
        if (upTo > frame.Index)
        {
            CheckRequiredQualifier(c, frame, frame.Index);
        }

        for (var k = frame.Index + (frame.Counts[frame.Index] > 0 ? 1 : 0); k < upTo; k++)
        {
            ReportIfMissing(c, frame, k);
        }
    }

    private static void Close(TransactionContext c, Frame frame)
    {
        CheckRequiredQualifier(c, frame, frame.Index);
        for (var k = frame.Index + (frame.Counts[frame.Index] > 0 ? 1 : 0); k < frame.Rule.Children.Count; k++)
        {
            ReportIfMissing(c, frame, k);
        }
    }

    private static void ReportIfMissing(TransactionContext c, Frame frame, int k)
    {
        var node = frame.Rule.Children[k];
        if (node.Usage != Usage.Required || frame.Counts[k] != 0)
        {
            return;
        }

        if (node is LoopRule loop)
        {
            c.Report(X12IssueCodes.MissingLoop, X12IssueSeverity.Error, loop.Trigger.Id, null, null, $"Required loop {loop.Id} ({loop.Name}) is missing in loop {frame.Rule.Id}.", "I7", frame.Rule.Id);
        }
        else
        {
            var rule = (SegmentRule)node;
            var which = rule.QualifierCodes is { Count: <= 3 } q ? $"{rule.Id}*{string.Join('/', q)}" : rule.Id;
            c.Report(X12IssueCodes.MissingSegment, X12IssueSeverity.Error, rule.Id, null, null, $"Required segment {which} is missing in loop {frame.Rule.Id}.", "3", frame.Rule.Id);
        }

        // Report once per iteration.
        frame.Counts[k] = -1;
    }

    private void ValidateElements(TransactionContext c, X12Segment s, SegmentRule rule)
    {
        var loop = CurrentLoop;
        var defs = rule.Elements;
        if (s.Elements.Count > defs.Count)
        {
            c.Report(X12IssueCodes.TooManyElementsForSegment, X12IssueSeverity.Error, s.Id, defs.Count + 1, null, $"{s.Id} has {s.Elements.Count} elements; it defines {defs.Count}.", "3", loop);
        }

        for (var p = 1; p <= defs.Count; p++)
        {
            var value = s[p];
            var usage = rule.ElementUsage(p);
            if (value.Length == 0)
            {
                if (usage == Usage.Required)
                {
                    c.Report(X12IssueCodes.MissingElement, X12IssueSeverity.Error, s.Id, p, null, $"{s.Id}{p:00} is required.", "1", loop);
                }

                continue;
            }

            if (usage == Usage.NotUsed)
            {
                c.Report(X12IssueCodes.ElementNotUsed, X12IssueSeverity.Error, s.Id, p, null, $"{s.Id}{p:00} is not used in this guide at this place.", "I10", loop);
                continue;
            }

            var def = defs[p - 1];
            // Most elements do not repeat: no split (and no allocation) unless the separator is there.
            if (!value.Contains(X12Segment.RepetitionSeparator, StringComparison.Ordinal))
            {
                ValidateRepeat(c, s, rule, p, def, value, loop);
                continue;
            }

            var repeats = value.Split(X12Segment.RepetitionSeparator);
            var maxRepeats = rule.MaxRepeats.GetValueOrDefault(p, 1);
            if (repeats.Length > maxRepeats)
            {
                c.Report(X12IssueCodes.ElementRepeatExceeded, X12IssueSeverity.Error, s.Id, p, null, $"{s.Id}{p:00} repeats {repeats.Length} times; at most {maxRepeats} allowed.", "12", loop);
            }

            foreach (var one in repeats)
            {
                ValidateRepeat(c, s, rule, p, def, one, loop);
            }
        }

        ValidateQualifiedDates(c, s, loop);
    }

    private static void ValidateRepeat(TransactionContext c, X12Segment s, SegmentRule rule, int p, ElementDef def, string one, string loop)
    {
        if (def.IsComposite)
        {
            var parts = one.Contains(X12Segment.ComponentSeparator, StringComparison.Ordinal) ? one.Split(X12Segment.ComponentSeparator) : null;
            var partCount = parts?.Length ?? 1;
            if (partCount > def.Components!.Count)
            {
                c.Report(X12IssueCodes.TooManyElementsForSegment, X12IssueSeverity.Error, s.Id, p, def.Components.Count + 1, $"{s.Id}{p:00} has {partCount} components; it defines {def.Components.Count}.", "13", loop);
            }

            for (var k = 1; k <= def.Components!.Count; k++)
            {
                var part = parts is null ? (k == 1 ? one : string.Empty) : k <= parts.Length ? parts[k - 1] : string.Empty;
                var cu = rule.ComponentUsage(p, k);
                if (part.Length == 0)
                {
                    if (cu == Usage.Required)
                    {
                        c.Report(X12IssueCodes.MissingElement, X12IssueSeverity.Error, s.Id, p, k, $"{s.Id}{p:00}-{k} is required.", "1", loop);
                    }

                    continue;
                }

                if (cu == Usage.NotUsed)
                {
                    c.Report(X12IssueCodes.ElementNotUsed, X12IssueSeverity.Error, s.Id, p, k, $"{s.Id}{p:00}-{k} is not used in this guide.", "I10", loop);
                    continue;
                }

                CheckValue(c, s.Id, p, k, part, def.Components[k - 1], rule.CodesFor(p, k), loop);
            }
        }
        else
        {
            CheckValue(c, s.Id, p, null, one, def, rule.CodesFor(p, 0), loop);
        }
    }

    // Dates whose format is given by a qualifier element must exist on the calendar.
    private static void ValidateQualifiedDates(TransactionContext c, X12Segment s, string loop)
    {
        switch (s.Id)
        {
            case "DTP":
                CheckQualifiedDate(c, s.Id, 3, null, s[2], s[3], loop);
                break;
            case "DMG":
                CheckQualifiedDate(c, s.Id, 2, null, s[1], s[2], loop);
                break;
            case "PAT":
                CheckQualifiedDate(c, s.Id, 6, null, s[5], s[6], loop);
                break;
            case "HI":
                for (var e = 1; e <= s.Elements.Count; e++)
                {
                    CheckQualifiedDate(c, s.Id, e, 4, s.Component(e, 3), s.Component(e, 4), loop);
                }

                break;
        }
    }

    private static void CheckValue(TransactionContext c, string id, int p, int? k, string value, ElementDef def, HashSet<string>? codes, string loop)
    {
        // The location text is only built for an issue, not for every valid value.
        var where = new Where(id, p, k);
        var length = value.Length;
        if (def.Type is "R" or "N0" or "N2")
        {
            length = 0;
            foreach (var ch in value)
            {
                if (char.IsAsciiDigit(ch))
                {
                    length++;
                }
            }
        }

        switch (def.Type)
        {
            case "R":
                if (X12Values.ParseDecimalOrNull(value) is null)
                {
                    c.Report(X12IssueCodes.InvalidElementType, X12IssueSeverity.Error, id, p, k, $"{where} '{value}' is not a decimal number.", "6", loop);
                    return;
                }

                break;
            case "N0" or "N2":
                if (!IsInteger(value))
                {
                    c.Report(X12IssueCodes.InvalidElementType, X12IssueSeverity.Error, id, p, k, $"{where} '{value}' is not a whole number.", "6", loop);
                    return;
                }

                break;
            case "DT":
                if (value.Length != 8 || X12Values.ParseDateOrNull(value) is null)
                {
                    c.Report(X12IssueCodes.InvalidDate, X12IssueSeverity.Error, id, p, k, $"{where} '{value}' is not a real date (CCYYMMDD).", "8", loop);
                    return;
                }

                break;
            case "TM":
                if (!IsTime(value))
                {
                    c.Report(X12IssueCodes.InvalidTime, X12IssueSeverity.Error, id, p, k, $"{where} '{value}' is not a real time (HHMM[SS[D]]).", "9", loop);
                    return;
                }

                break;
        }

        if (length < def.Min)
        {
            c.Report(X12IssueCodes.ElementTooShort, X12IssueSeverity.Error, id, p, k, $"{where} '{value}' is shorter than {def.Min}.", "4", loop);
        }
        else if (length > def.Max)
        {
            c.Report(X12IssueCodes.ElementTooLong, X12IssueSeverity.Error, id, p, k, $"{where} is {length} characters; at most {def.Max} allowed.", "5", loop);
        }

        if (codes is not null && !codes.Contains(value))
        {
            c.Report(X12IssueCodes.InvalidCode, X12IssueSeverity.Error, id, p, k, $"{where} '{value}' is not a code this guide lists here.", "7", loop);
        }
    }

    /// <summary>An element's location (e.g. <c>CLM05-3</c>), formatted only when an issue is reported.</summary>
    private readonly record struct Where(string Id, int Position, int? Component)
    {
        public override string ToString() => Component is null
            ? string.Create(CultureInfo.InvariantCulture, $"{Id}{Position:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{Id}{Position:00}-{Component}");
    }

    private static void CheckQualifiedDate(TransactionContext c, string id, int position, int? component, string format, string value, string loop)
    {
        var ok = format switch
        {
            "D8" => value.Length == 8 && X12Values.ParseDateOrNull(value) is not null,
            "RD8" => value.Length == 17 && value[8] == '-' && X12Values.ParseDate(value.AsSpan(0, 8)) is { } from && X12Values.ParseDate(value.AsSpan(9)) is { } to && from <= to,
            "DT" => value.Length == 12 && X12Values.ParseDate(value.AsSpan(0, 8)) is not null && IsTime(value[8..]),
            "TM" => IsTime(value),
            _ => true,
        };
        if (!ok && value.Length > 0)
        {
            c.Report(X12IssueCodes.InvalidDate, X12IssueSeverity.Error, id, position, component, $"{id}{position:00} '{value}' is not a real {format} date.", "8", loop);
        }
    }

    private void CheckHierarchy(TransactionContext c, X12Segment s)
    {
        var id = s[1];
        var parent = s[2];
        var level = s[3];
        var loop = CurrentLoop;
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n != _lastHl + 1)
        {
            c.Report(X12IssueCodes.HierarchyError, X12IssueSeverity.Error, "HL", 1, null, $"HL01 '{id}' should be {_lastHl + 1}: HL ids count up from 1.", "7", loop);
        }

        if (n > 0)
        {
            _lastHl = n;
        }

        var expectedParentLevel = level switch { "22" => "20", "23" => "22", _ => null };
        if (parent.Length == 0)
        {
            if (expectedParentLevel is not null)
            {
                c.Report(X12IssueCodes.HierarchyError, X12IssueSeverity.Error, "HL", 2, null, $"HL level {level} needs a parent (HL02).", "1", loop);
            }
        }
        else if (!_hlLevels.TryGetValue(parent, out var parentLevel))
        {
            c.Report(X12IssueCodes.HierarchyError, X12IssueSeverity.Error, "HL", 2, null, $"HL02 '{parent}' names no earlier HL.", "7", loop);
        }
        else if (expectedParentLevel is not null && parentLevel != expectedParentLevel)
        {
            c.Report(X12IssueCodes.HierarchyError, X12IssueSeverity.Error, "HL", 2, null, $"HL {id} (level {level}) has parent {parent} of level {parentLevel}; expected level {expectedParentLevel}.", "7", loop);
        }

        if (_lastHadChildren && parent != _pendingChildOf)
        {
            c.Report(X12IssueCodes.HierarchyError, X12IssueSeverity.Error, "HL", 4, null, $"HL {_pendingChildOf} says it has child levels (HL04 = 1) but the next level is not its child.", "7", loop);
        }
        else if (!_lastHadChildren && _pendingChildOf is not null && parent == _pendingChildOf)
        {
            c.Report(X12IssueCodes.HierarchyError, X12IssueSeverity.Error, "HL", 4, null, $"HL {_pendingChildOf} says it has no child levels (HL04 = 0) but HL {id} is its child.", "7", loop);
        }

        _hlLevels[id] = level;
        _pendingChildOf = id;
        _lastHadChildren = s[4] == "1";
    }

    private static bool IsInteger(string v)
    {
        var start = v.StartsWith('-') ? 1 : 0;
        if (v.Length == start)
        {
            return false;
        }

        for (var i = start; i < v.Length; i++)
        {
            if (!char.IsAsciiDigit(v[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTime(string v)
    {
        if (v.Length is not (4 or 6 or 7 or 8) || !v.All(char.IsAsciiDigit))
        {
            return false;
        }

        var hh = (v[0] - '0') * 10 + v[1] - '0';
        var mm = (v[2] - '0') * 10 + v[3] - '0';
        var ss = v.Length >= 6 ? (v[4] - '0') * 10 + v[5] - '0' : 0;
        return hh < 24 && mm < 60 && ss < 60;
    }

    private sealed class Frame(LoopRule rule, bool isRoot)
    {
        public LoopRule Rule { get; } = rule;

        public bool IsRoot { get; } = isRoot;

        public int Index { get; set; }

        public int[] Counts { get; } = new int[rule.Children.Count];

        /// <summary>Whether a segment with one of the rule's required qualifiers was seen (rules with <see cref="SegmentRule.RequiredQualifiers"/>; made on first use).</summary>
        public bool[] SeenRequired => field ??= new bool[Rule.Children.Count];
    }
}
