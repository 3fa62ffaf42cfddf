package se.klusterportalen.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/**
 * One page of a list, the shape of every list the API returns.
 *
 * @param items      this page's items, in the list's stable order
 * @param page       this page's number, from 0
 * @param size       the page size asked for
 * @param totalItems how many items the whole list has
 * @param totalPages how many pages of this size the list has (0 for an empty list)
 * @param links      addresses of this, the next, the previous, the first and the last page
 */
public record PageResponse<T>(List<T> items, @Schema(description = "This page's number, from 0", example = "0") int page,
                              @Schema(description = "The page size asked for", example = "50") int size,
                              @Schema(description = "How many items the whole list has", example = "123") long totalItems,
                              @Schema(description = "How many pages of this size (0 for an empty list)", example = "3")
                              int totalPages, Links links) {

    /**
     * @param self  this page
     * @param next  the next page; {@code null} on the last page and after it
     * @param prev  the previous page (the last page, if this one is after it); {@code null} on page 0
     * @param first page 0
     * @param last  the last page (page 0 of an empty list)
     */
    public record Links(
            @Schema(format = "uri", example = "https://klusterportal.example.se/api/v1/clusters?page=1&size=50") String self,
            @Schema(nullable = true, format = "uri",
                    example = "https://klusterportal.example.se/api/v1/clusters?page=2&size=50") @Nullable String next,
            @Schema(nullable = true, format = "uri",
                    example = "https://klusterportal.example.se/api/v1/clusters?page=0&size=50") @Nullable String prev,
            @Schema(format = "uri", example = "https://klusterportal.example.se/api/v1/clusters?page=0&size=50") String first,
            @Schema(format = "uri", example = "https://klusterportal.example.se/api/v1/clusters?page=2&size=50") String last) {
    }

    static <T> PageResponse<T> of(List<T> ordered, int page, int size) {
        int total = ordered.size();
        int totalPages = (total + size - 1) / size;
        int lastPage = Math.max(totalPages - 1, 0);
        long from = Math.min((long) page * size, total);
        int to = (int) Math.min(from + size, total);
        var links = new Links(link(page, size), page < lastPage ? link(page + 1, size) : null,
                page > 0 ? link(Math.min(page - 1, lastPage), size) : null, link(0, size), link(lastPage, size));
        return new PageResponse<>(List.copyOf(ordered.subList((int) from, to)), page, size, total, totalPages, links);
    }

    /** A page the database cut: its items and the whole list's count. */
    static <T> PageResponse<T> ofPage(List<T> items, int page, int size, long total) {
        int totalPages = (int) ((total + size - 1) / size);
        int lastPage = Math.max(totalPages - 1, 0);
        var links = new Links(link(page, size), page < lastPage ? link(page + 1, size) : null,
                page > 0 ? link(Math.min(page - 1, lastPage), size) : null, link(0, size), link(lastPage, size));
        return new PageResponse<>(List.copyOf(items), page, size, total, totalPages, links);
    }

    private static String link(int page, int size) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page).replaceQueryParam("size", size).build().toUriString();
    }
}
