"""Generation: prompt formatting, extraction from messy model output, resumable sampling."""

from __future__ import annotations

import json

import pytest

from perfutils.generation import (PromptRequest, SamplingSettings, candidate_to_completion, completion_end,
                                  dedupe_records, extract_candidate, format_prompt, generate_samples, read_samples)

SIG = "double sumOfSquares(std::vector<double> const& x)"
BODY = "\n  double s = 0;\n  for (double v : x) s += v * v;\n  return s;\n}"


def test_plain_completion_is_cut_at_the_closing_brace():
    ext = extract_candidate(BODY + "\n\nint main() { return 0; }\nSome prose.", SIG)
    assert ext.how == "completion"
    assert ext.code == SIG + " {" + BODY + "\n"
    assert "main" not in ext.code


def test_braces_in_strings_and_comments_do_not_count():
    body = '\n  // a { in a comment\n  const char* s = "}";\n  char c = \'{\';\n  return x.size();\n}\nmore'
    assert completion_end(body) == len(body) - len("\nmore")
    assert extract_candidate(body, SIG).how == "completion"


def test_prose_and_markdown_fences_around_a_full_function():
    raw = ("Sure! Here is a fast implementation:\n\n```cpp\n#include <vector>\n\nstatic double sq(double v) { return v * v; }\n\n"
           f"{SIG} {{\n  double s = 0;\n  for (double v : x) s += sq(v);\n  return s;\n}}\n\nint main() {{ return 0; }}\n```\n"
           "This runs in O(n).")
    ext = extract_candidate(raw, SIG)
    assert ext.how == "fenced_function"
    assert "static double sq" in ext.code and "int main" not in ext.code
    assert ext.code.rstrip().endswith("}")


def test_repeated_signature_inside_the_body():
    raw = f"\n{SIG} {{\n  double s = 0;\n  for (double v : x) s += v * v;\n  return s;\n}}\n"
    ext = extract_candidate(raw, SIG)
    assert ext.how == "repeated_signature"
    assert ext.code.count("sumOfSquares") == 1


def test_unbalanced_braces_from_truncation_are_closed():
    raw = "\n  double s = 0;\n  for (double v : x) {\n    s += v * v;\n"
    ext = extract_candidate(raw, SIG)
    assert ext.how == "truncated"
    assert ext.code.count("{") == ext.code.count("}")


@pytest.mark.parametrize("raw", ["", "   \n", "I cannot help with that.", "```\n```"])
def test_nothing_useful_gives_no_candidate(raw):
    ext = extract_candidate(raw, SIG)
    assert ext.code is None and ext.how == "none"


def test_candidate_and_completion_round_trip():
    code = f"#include <cmath>\n{SIG} {{{BODY}\n"
    completion = candidate_to_completion(code, SIG)
    assert completion == BODY
    helper = "static double sq(double v) { return v * v; }\n" + SIG + " { return sq(x[0]); }\n"
    assert candidate_to_completion(helper, SIG) is None  # completion style cannot express helpers


class _ChatTok:
    chat_template = "x"

    def apply_chat_template(self, messages, tokenize, add_generation_prompt):
        return "".join(f"<{m['role']}>{m['content']}" for m in messages) + "<assistant>"


class _BaseTok:
    chat_template = None


def test_format_prompt_fits_chat_and_base_models():
    prompt = f"#include <vector>\n/* doc */\n{SIG} {{\n"
    assert format_prompt(_BaseTok(), prompt) == prompt.rstrip()
    chat = format_prompt(_ChatTok(), prompt)
    assert chat.startswith("<system>") and chat.endswith(SIG + " {")
    assert "```cpp\n" + SIG + " {" in chat and "#include <vector>" in chat  # task in the message


def test_dedupe_keeps_failures_and_first_of_each_code():
    recs = [{"prompt_id": "a", "code": "x"}, {"prompt_id": "a", "code": "x"}, {"prompt_id": "b", "code": "x"},
            {"prompt_id": "a", "code": None}, {"prompt_id": "a", "code": None}]
    assert len(dedupe_records(recs)) == 4


def test_sampling_with_the_tiny_model_resumes(tmp_path):
    from perfutils.models import load_model

    model, tok = load_model("tiny")
    reqs = [PromptRequest(f"p{i}/serial", f"p{i}", "serial", f"/* task {i} */\n{SIG} {{\n", SIG) for i in range(3)]
    settings = SamplingSettings(max_new_tokens=6, batch_size=4, temperature=0.7)
    out = tmp_path / "s.jsonl"
    first = generate_samples(model, tok, reqs[:2], n=2, out_path=out, settings=settings, progress=False)
    assert len(first) == 4
    assert {"raw", "code", "completion", "model_prompt", "settings", "seed"} <= set(first[0])
    lines_before = len(out.read_text().splitlines())
    # A rerun with one more prompt generates only for the new prompt; a torn line is ignored.
    with open(out, "a") as f:
        f.write('{"prompt_id": "p2/serial", "broken')
    again = generate_samples(model, tok, reqs, n=2, out_path=out, settings=settings, progress=False)
    assert len(again) == 6
    assert [r["raw"] for r in again[:4]] == [r["raw"] for r in first]
    recs = read_samples(out)
    assert len(recs) == lines_before + 2
    assert sorted({r["prompt_id"] for r in recs}) == ["p0/serial", "p1/serial", "p2/serial"]
    assert all(json.dumps(r) for r in recs)
