"""The fast head lookup (file names) must agree with Alembic's own view of the scripts."""

from alembic.script import ScriptDirectory

from peerdesk.core import migrations


def test_head_from_file_names_matches_alembic() -> None:
    script = ScriptDirectory.from_config(migrations._config())
    assert migrations.head_revision() == script.get_current_head()
    assert len(script.get_heads()) == 1  # a straight line of revisions
