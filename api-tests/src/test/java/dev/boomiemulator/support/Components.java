package dev.boomiemulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Components as tests make and read them: the component XML's attributes, a process component made in one call. */
public final class Components {
    private Components() {
    }

    /** An attribute of the {@code bns:Component} element (the first with that name) in a component XML answer. */
    public static String attribute(String xml, String name) {
        Matcher matcher = Pattern.compile(" " + name + "=\"([^\"]*)\"").matcher(xml);
        assertThat(matcher.find()).as(name + " in " + xml).isTrue();
        return matcher.group(1);
    }

    public static String componentId(String xml) {
        return attribute(xml, "componentId");
    }

    /** A new, empty process component of the demo account; its id. */
    public static String createProcess(EmulatorRuntimeInfo emulator, String name) {
        return createProcess(emulator, name, null);
    }

    /** A new, empty process component of the demo account in a folder (null: none); its id. */
    public static String createProcess(EmulatorRuntimeInfo emulator, String name, String folderId) {
        String folder = folderId == null ? "" : ",\"folderId\":\"" + folderId + "\"";
        return componentId(Platform.as(emulator).body("{\"name\":\"" + name + "\",\"type\":\"process\"" + folder
                + ",\"object\":{\"process\":{}}}").post("/Component").then().statusCode(200).extract().asString());
    }
}
