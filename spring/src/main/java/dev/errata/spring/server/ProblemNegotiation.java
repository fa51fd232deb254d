package dev.errata.spring.server;

import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Whether a request's {@code Accept} prefers {@code application/problem+json} to {@code application/json}. A
 * wildcard ({@code *}{@code /*}, {@code application/*}, {@code application/*+json}) counts for the vendor's
 * {@code application/json} only: a client gets a problem document when it names one.
 */
final class ProblemNegotiation {

    private ProblemNegotiation() {}

    /**
     * @param acceptHeaders the values of the request's {@code Accept} headers; none for a request without
     * @return whether the problem document is preferred
     */
    static boolean prefersProblem(List<String> acceptHeaders) {
        double problem = 0;
        double json = 0;
        for (String header : acceptHeaders) {
            List<MediaType> types;
            try {
                types = MediaType.parseMediaTypes(header);
            } catch (InvalidMediaTypeException e) {
                continue; // a malformed Accept says nothing; the vendor's body is the default
            }
            for (MediaType type : types) {
                double quality = type.getQualityValue();
                if (type.equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON)) {
                    problem = Math.max(problem, quality);
                } else if (type.includes(MediaType.APPLICATION_JSON)) {
                    json = Math.max(json, quality);
                }
            }
        }
        return problem > 0 && problem >= json;
    }
}
