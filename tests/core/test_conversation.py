from __future__ import annotations

from app.core.conversation import Conversation
from app.core.prompts import default_system_prompts


def test_the_conversation_language_picks_the_system_prompt() -> None:
    chat = Conversation(language="it")
    chat.add("user", "Ciao!")
    messages = chat.for_model()
    assert messages[0].role == "system"
    assert messages[0].content == default_system_prompts()["it"]
    assert [m.content for m in messages[1:]] == ["Ciao!"]

    chat.language = "pt"
    assert chat.for_model()[0].content == default_system_prompts()["pt"]
    assert chat.for_model({"pt": "Seja breve."})[0].content == "Seja breve."
