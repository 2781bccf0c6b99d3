module github.com/fjl/memsize

go 1.21
