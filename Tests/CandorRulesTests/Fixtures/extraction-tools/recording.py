"""What the fresh extraction sets (../extraction-fresh2/, ../extraction-fresh3/ and ../extraction/fresh_record.py) share to record and write their
rows: the chat call to a local llama-cpp-python server, how a conversation is rendered into a row's `question`,
the prompts' answer-slot instructions and the JSON Lines writer. Each set's record.py and written.py keep only
their own questions and replies, and import this module (run them from their set's directory)."""
import json, urllib.request

SOURCE = "SmolLM2-135M-Instruct Q4_1, llama-cpp-python 0.3.36, temperature {}, seed {}"
YN_SLOT = "Please start your reply with yes or no, and end it with a final line 'ANSWER: yes' or 'ANSWER: no'."
SLOT_N = "Reply with the number only, as a line 'ANSWER: <number>'."


def chat(port, messages, max_tokens, seed, temperature=0.7, timeout=300):
    """The reply of the model served on 127.0.0.1:PORT to `messages`."""
    body = json.dumps({"messages": messages, "max_tokens": max_tokens, "temperature": temperature,
                       "seed": seed}).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}/v1/chat/completions", body,
                                     {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.load(response)["choices"][0]["message"]["content"]


def rendered(messages):
    """A conversation as a row's `question`: one `role: content` line per message."""
    return "\n".join(f"{m['role']}: {m['content']}" for m in messages)


def sys_user(system, user):
    """A conversation of a system prompt and one user turn."""
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def write(out, row):
    """Appends `row` to the open file `out` as one JSON line, flushed (a recording can stop half-way)."""
    out.write(json.dumps(row, ensure_ascii=False) + "\n")
    out.flush()


def write_rows(path, rows):
    """Writes `rows` to `path` as JSON Lines."""
    with open(path, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
