package se.klusterportalen.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.rejection.Rejection;

import java.util.List;

/**
 * Which page of a list a client asks for: the query parameters {@code page} (from 0, default 0) and {@code size}
 * (1–{@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}). Bind it in a controller as
 * {@code @ParameterObject Paging paging} and answer with {@link #of(List)}; the list must already be in its
 * stable order (see docs/adr/0080-rest-api-paging-etags-errors.md).
 * <p>
 * A size over {@value #MAX_SIZE}, under 1, or a negative page is refused with 400 ({@link Rejection.Invalid},
 * keys {@code api.paging.size} and {@code api.paging.page}), never clamped: a client learns its mistake instead of
 * silently receiving less than it asked for. A page after the last is an empty page with the right totals.
 *
 * @param page the page number, from 0; {@code null} means 0
 * @param size the items per page; {@code null} means {@value #DEFAULT_SIZE}
 */
public record Paging(
        @Parameter(description = "Page number, from 0", schema = @Schema(type = "integer", format = "int32",
                minimum = "0", defaultValue = "0")) @Nullable Integer page,
        @Parameter(description = "Items per page; over 500 is refused with 400, not clamped", schema = @Schema(
                type = "integer", format = "int32", minimum = "1", maximum = "500", defaultValue = "50"))
        @Nullable Integer size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    /** The page number asked for, from 0. */
    public int pageNumber() {
        return page == null ? 0 : page;
    }

    /** The page size asked for. */
    public int pageSize() {
        return size == null ? DEFAULT_SIZE : size;
    }

    /**
     * The asked-for page of a list in its final order, with totals and links built from the current request.
     *
     * @throws Rejection.Invalid if the page is negative or the size outside 1–{@value #MAX_SIZE}
     */
    public <T> PageResponse<T> of(List<T> ordered) {
        check();
        return PageResponse.of(ordered, pageNumber(), pageSize());
    }

    /**
     * The index of this page's first item in the whole list: for a query that pages in the database
     * ({@code OFFSET}), with {@link #pageSize()} as its {@code LIMIT}.
     */
    public long offset() {
        return (long) pageNumber() * pageSize();
    }

    /**
     * The page a database query cut ({@link #offset()}, {@link #pageSize()}), with totals and links.
     *
     * @param items      this page's items, in the list's stable order
     * @param totalItems how many items the whole list has
     * @throws Rejection.Invalid if the page is negative or the size outside 1–{@value #MAX_SIZE}
     */
    public <T> PageResponse<T> ofPage(List<T> items, long totalItems) {
        check();
        return PageResponse.ofPage(items, pageNumber(), pageSize(), totalItems);
    }

    /** @throws Rejection.Invalid if the page is negative or the size outside 1–{@value #MAX_SIZE} */
    public void check() {
        var errors = new java.util.ArrayList<Rejection.FieldError>();
        if (pageNumber() < 0) {
            errors.add(new Rejection.FieldError("page", "api.paging.page"));
        }
        if (pageSize() < 1 || pageSize() > MAX_SIZE) {
            errors.add(new Rejection.FieldError("size", "api.paging.size", MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new Rejection.Invalid(errors);
        }
    }
}
