package store

import (
	"fmt"
	"reflect"
)

// newSliceOf returns a pointer to an empty slice of m's element type.
func newSliceOf(m any) any {
	t := reflect.TypeOf(m)
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return reflect.New(reflect.SliceOf(t)).Interface()
}

// formatRows formats each element of the slice dest points to.
func formatRows(dest any) []string {
	v := reflect.ValueOf(dest)
	for v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	out := make([]string, v.Len())
	for i := range out {
		out[i] = fmt.Sprintf("%+v", v.Index(i).Interface())
	}
	return out
}
