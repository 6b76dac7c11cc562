package trade_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/bilateral-go/bilateral/trade"
	"github.com/stretchr/testify/require"
)

// TestSeriesJSONErrorPath: a field that does not decode is named by its
// path in the document.
func TestSeriesJSONErrorPath(t *testing.T) {
	in := `{"reporter":"VN","partner":"RU","flow":"total","indicator":"trade","unit":"USD","observations":[
		{"period":"2024","value":"4400000000 USD step 100000000"},{"period":"2024","value":"lots"}]}`
	var s trade.Series
	err := json.Unmarshal([]byte(in), &s)
	require.EqualError(t, err, `trade: series.observations[1].value: "lots": no number`)
	require.ErrorIs(t, err, trade.ErrSyntax)
	var je *trade.JSONError
	require.True(t, errors.As(err, &je))
	require.Equal(t, "series.observations[1].value", je.Path)
	var pe *trade.ParseError
	require.True(t, errors.As(err, &pe))
	require.Equal(t, "lots", pe.Input)

	err = json.Unmarshal([]byte(`{"flow":"both"}`), &s)
	require.EqualError(t, err, `trade: series.flow: "both": want export, import, total or balance`)
	require.NoError(t, json.Unmarshal([]byte(`{"reporter":"VN","flow":"export","observations":[{"period":"2024"}]}`), &s))
	require.Equal(t, trade.FlowExport, s.Flow)
}
