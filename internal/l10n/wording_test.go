package l10n_test

import (
	"testing"

	"github.com/bilateral-go/bilateral/internal/l10n"
	"github.com/stretchr/testify/require"
)

// TestEditorWording pins the wording a native editor asked for: the
// Vietnamese Ministry of Foreign Affairs' "ghi nhận" for acknowledge and
// its capitalised framework names, "hội kiến" for a meeting with a leader
// of higher rank; the Russian communiqué phrases "сошлись во мнении",
// "придают большое значение", "наука и технологии" and the holiday "День
// Победы"; English "Victory Day" and "people".
func TestEditorWording(t *testing.T) {
	tests := []struct {
		t    l10n.Table
		l    l10n.Lang
		id   string
		want string
	}{
		{l10n.Stances, l10n.VI, "acknowledge", "ghi nhận"},
		{l10n.Stances, l10n.RU, "share-view", "сошлись во мнении"},
		{l10n.Stances, l10n.RU, "attach-importance", "придают большое значение"},
		{l10n.Topics, l10n.RU, "science", "наука и технологии"},
		{l10n.Topics, l10n.VI, "science", "khoa học và công nghệ"},
		{l10n.Levels, l10n.VI, "comprehensive-strategic-partnership", "Đối tác chiến lược toàn diện"},
		{l10n.EventKinds, l10n.EN, "victory", "Victory Day"},
		{l10n.EventKinds, l10n.RU, "victory", "День Победы"},
		{l10n.EventKinds, l10n.VI, "meeting", "hội kiến"},
		{l10n.EventKinds, l10n.VI, "talks", "hội đàm"},
		{l10n.Units, l10n.EN, "persons", "people"},
	}
	for _, tt := range tests {
		got, ok := tt.t.Get(tt.l, tt.id)
		require.True(t, ok, tt.id)
		require.Equal(t, tt.want, got, tt.id)
	}
	require.Equal(t, "2 people", string(l10n.AppendCount(nil, l10n.EN, "2", l10n.CountForms["persons"], false)))
	require.Equal(t, "1 person", string(l10n.AppendCount(nil, l10n.EN, "1", l10n.CountForms["persons"], false)))
}
